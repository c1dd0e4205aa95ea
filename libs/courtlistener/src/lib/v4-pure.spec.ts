import { retryAfterSeconds } from './api/courtlistener-client';
import { readDocket } from './api/v4-shapes';
import { docketIdsOf, secretMatches } from './hooks/courtlistener-webhooks.service';
import { parseDocketArgument, parseDocketReference } from './sources/docket-reference';
import type { V4Party } from './api/v4-types';
import { entryInput, partyLinks } from './sync/v4-mapping';
import { docketEntryJson, docketJson } from '../testing/v4-fixtures';

describe('docket references', () => {
  it.each([
    [{ docketId: 68571705 }, '68571705'],
    [
      { url: 'https://www.courtlistener.com/docket/68571705/the-new-york-times-company-v-microsoft-corporation/' },
      '68571705',
    ],
    [
      {
        url: 'https://www.courtlistener.com/docket/4214664/140/national-veterans-legal-services-program-v-united-states/',
      },
      '4214664',
    ],
  ])('reads %j', (reference, id) => expect(parseDocketReference(reference)).toBe(id));

  it.each([
    { docketId: 0 },
    { docketId: '12a' },
    { url: 'https://www.courtlistener.com/opinion/1/x/' },
    { url: 'not a url' },
    {},
  ])('refuses %j', (reference) => expect(() => parseDocketReference(reference)).toThrow(/docket id/));

  it('takes an id or a URL on the command line', () => {
    expect(parseDocketArgument('42')).toBe('42');
    expect(parseDocketArgument('https://www.courtlistener.com/docket/42/')).toBe('42');
  });
});

describe('Retry-After', () => {
  it('reads seconds and HTTP dates', () => {
    expect(retryAfterSeconds('85774')).toBe(85774);
    expect(retryAfterSeconds('Wed, 21 Oct 2015 07:28:10 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(10);
    expect(retryAfterSeconds(undefined)).toBeNull();
    expect(retryAfterSeconds('soon')).toBeNull();
  });
});

describe('webhook payloads', () => {
  it('names the dockets of docket alerts (ids or URLs) and search alerts (docket_id)', () => {
    expect(
      docketIdsOf({
        webhook: { event_type: 1 },
        payload: {
          results: [{ docket: 4214664 }, { docket: 'https://www.courtlistener.com/api/rest/v4/dockets/17/' }],
        },
      }),
    ).toEqual({ eventType: 1, docketIds: ['17', '4214664'] });
    expect(docketIdsOf({ webhook: { event_type: 2 }, payload: { results: [{ docket_id: 2668808 }] } })).toEqual({
      eventType: 2,
      docketIds: ['2668808'],
    });
    expect(docketIdsOf({ webhook: { event_type: 3 }, payload: {} })).toEqual({ eventType: 3, docketIds: [] });
  });

  it('compares secrets whatever their lengths', () => {
    expect(secretMatches('a'.repeat(40), 'a'.repeat(40))).toBe(true);
    expect(secretMatches('a', 'a'.repeat(40))).toBe(false);
  });
});

describe('v4 mapping', () => {
  it('maps an entry with its main document and attachments', () => {
    const json = docketEntryJson(1, {
      id: 2208776613,
      entryNumber: 140,
      dateFiled: '2022-10-11',
      description: 'MOTION for Settlement Preliminary Approval',
      modifiedAt: 0,
      pacerSequenceNumber: 584,
      documents: [
        { id: 214672412, description: 'Motion for Settlement', pacerDocId: '04509519006', pageCount: 28 },
        {
          id: 214673087,
          attachmentNumber: 1,
          description: 'Text of Proposed Order',
          pacerDocId: '04509519007',
          pageCount: 6,
        },
      ],
    });
    expect(entryInput(json)).toEqual({
      entryNumber: 140,
      dateFiled: '2022-10-11',
      description: 'MOTION for Settlement Preliminary Approval',
      shortDescription: 'Motion for Settlement',
      pacerDocId: '04509519006',
      pacerSeqNo: '584',
      pageCount: 28,
      attachments: [{ number: 1, description: 'Text of Proposed Order', pageCount: 6, pacerDocId: '04509519007' }],
      entryType: 'motion',
    });
    expect(entryInput({ ...json, date_filed: null })).toBeNull();
  });

  it("reads party roles as PACER's party types are read", () => {
    const types = ['Plaintiff', 'Defendant', 'Intervenor Plaintiff', 'Amicus', 'Counter Claimant', 'Interested Party'];
    const parties: V4Party[] = types.map((type, i) => ({
      id: i + 1,
      name: `Party ${i + 1}`,
      extra_info: '',
      party_types: [{ party_type: type }],
      attorneys: [],
    }));
    const links = partyLinks(parties, [], '1');
    expect(links.map((link) => link.role)).toEqual([
      'plaintiff',
      'defendant',
      'intervenor',
      'amicus',
      'defendant',
      'other',
    ]);
  });

  it('refuses a docket outside the v4 shape with the path of the bad field', () => {
    expect(() => readDocket({ ...docketJson(1), id: '1' })).toThrow('$.id should be an integer');
    expect(() => readDocket({ ...docketJson(1), date_filed: '12/27/2023' })).toThrow(
      '$.date_filed should be a yyyy-mm-dd date',
    );
  });
});
