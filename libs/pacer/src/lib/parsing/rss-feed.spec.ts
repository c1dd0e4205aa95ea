import * as fs from 'fs';
import { corpusPath } from '@casetrail/testing';
import { readCorpusText } from '../../testing/corpus';
import { pacerErrorCodeOf } from '../../testing/error-code';
import type { JuriscraperRssItem } from './juriscraper-shape';
import { PacerErrorCode } from '../pacer-error';
import { parseRssFeed } from './rss-feed';

const feed = (name: string): string => readCorpusText(corpusPath('pacer', 'rss', `${name}.xml`));

const expected = (name: string): JuriscraperRssItem[] =>
  JSON.parse(fs.readFileSync(corpusPath('pacer', 'rss', `${name}.json`), 'utf8'));

const item = (
  title: string,
  pubDate: string,
  description = '[Order] (<a href="https://ecf.nysd.uscourts.gov/doc1/127122264358?caseid=1&amp;de_seq_num=7">3</a>)',
) =>
  `<item><title>${title}</title><link>https://ecf.nysd.uscourts.gov/cgi-bin/DktRpt.pl?492165</link>` +
  `<description>${description.replace(/</g, '&lt;')}</description><pubDate>${pubDate}</pubDate></item>`;
const wrap = (items: string, link = 'https://ecf.nysd.uscourts.gov') =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><link>${link}</link>${items}</channel></rss>`;

describe('parseRssFeed', () => {
  it('reads a district feed: case, docket number, document and PACER ids', () => {
    const [first] = parseRssFeed(feed('sdny_1'));
    const [j] = expected('sdny_1');
    const je = j.docket_entries[0];
    expect(first).toMatchObject({
      caseName: j.case_name,
      docketNumber: j.docket_number,
      entryNumber: je.document_number,
      description: je.short_description,
      dateFiled: je.date_filed,
      pacerCaseId: j.pacer_case_id,
      pacerDocId: je.pacer_doc_id,
      pacerSeqNo: je.pacer_seq_no,
    });
    // The feed is SDNY's own (ecf.nysd); juriscraper's example labels it "sdny".
    expect(first.court).toBe('nysd');
    expect(first.link).toBe(`https://ecf.nysd.uscourts.gov/cgi-bin/DktRpt.pl?${j.pacer_case_id}`);
  });

  it('merges the events of one multi-event entry, as juriscraper does', () => {
    const items = parseRssFeed(feed('nyed_1'));
    const j = expected('nyed_1');
    expect(items.length).toBe(j.length);
    expect(items.map((i) => i.description)).toEqual(j.map((i) => i.docket_entries[0].short_description));
    expect(items.some((i) => i.description.includes(' AND '))).toBe(true);
  });

  it('keys appellate entries without a number by their document id', () => {
    const items = parseRssFeed(feed('ca10'));
    const j = expected('ca10');
    expect(items.map((i) => [i.entryNumber, i.pacerDocId, i.pacerCaseId])).toEqual(
      j.map((i) => [i.docket_entries[0].document_number, i.docket_entries[0].pacer_doc_id, null]),
    );
    expect(items[0].dateFiled).toMatch(/-07:00$/); // MST
  });

  it('reads the bankruptcy type, office and chapter', () => {
    const [first] = parseRssFeed(feed('mdb_1'));
    const [j] = expected('mdb_1');
    expect(first.bankruptcy).toEqual({ type: j.type, office: j.office, chapter: j.chapter, trustee: j.trustee_str });
    expect(first.court).toBe('mdb');
  });

  it('uses local daylight time for zone abbreviations of US courts', () => {
    const [summer] = parseRssFeed(wrap(item('1:18-cv-03365 A v. B', 'Tue, 03 Jul 2018 10:00:00 EST')));
    expect(summer.dateFiled).toBe('2018-07-03T10:00:00-04:00');
  });

  it('takes the court from the feed, else from the caller', () => {
    const noHost = wrap(
      item('1:18-cv-03365 A v. B', 'Tue, 03 Jul 2018 10:00:00 GMT').replace(/ecf\.nysd\.uscourts\.gov/g, 'example.org'),
      'https://example.org',
    );
    expect(parseRssFeed(noHost)[0].court).toBeNull();
    expect(parseRssFeed(noHost, { court: 'nysd' })[0].court).toBe('nysd');
  });

  it('leaves out items without a docket number or a readable date', () => {
    const items = parseRssFeed(
      wrap(
        item('no number here', 'Tue, 03 Jul 2018 10:00:00 GMT') +
          item('1:18-cv-1 A v. B', 'someday') +
          item('1:18-cv-00001 A v. B', 'Tue, 03 Jul 2018 10:00:00 GMT'),
      ),
    );
    expect(items.map((i) => i.docketNumber)).toEqual(['1:18-cv-00001']);
  });

  it('returns no items for an empty channel', () => {
    expect(parseRssFeed(wrap(''))).toEqual([]);
  });

  it('refuses what is not an RSS feed', () => {
    expect(pacerErrorCodeOf(() => parseRssFeed(''))).toBe(PacerErrorCode.EmptyInput);
    expect(pacerErrorCodeOf(() => parseRssFeed(readCorpusText(corpusPath('pacer', 'dockets', 'akd.html'))))).toBe(
      PacerErrorCode.NotAnRssFeed,
    );
    expect(pacerErrorCodeOf(() => parseRssFeed('<?xml version="1.0"?><feed><entry/></feed>'))).toBe(
      PacerErrorCode.NotAnRssFeed,
    );
    expect(pacerErrorCodeOf(() => parseRssFeed('just some text'))).toBe(PacerErrorCode.NotAnRssFeed);
  });

  it('on import (strict), refuses a court that contradicts the one the feed states', () => {
    const xml = readCorpusText(corpusPath('pacer', 'rss', 'sdny_1.xml'));
    expect(parseRssFeed(xml, { court: 'zzz' })[0].court).toBe('nysd');
    expect(() => parseRssFeed(xml, { court: 'zzz', strictCourt: true })).toThrow(
      expect.objectContaining({ code: PacerErrorCode.CourtMismatch, details: { court: 'zzz', statedCourt: 'nysd' } }),
    );
    expect(parseRssFeed(xml, { court: 'NYSD' })[0].court).toBe('nysd');
  });
});
