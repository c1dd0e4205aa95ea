import * as fs from 'fs';
import * as path from 'path';
import { buildCitationData, serializeCitationData } from '../../../scripts/generate-reporters';
import { citationData, parseCitationData } from './citation-data';
import { CitationErrorCode } from '../citations-error';

const DATA_FILE = path.join(__dirname, '..', '..', 'data', 'reporters.json');

describe('src/data/reporters.json', () => {
  it('is what scripts/generate-reporters.ts builds from the corpus reporters-db', () => {
    const committed = fs.readFileSync(DATA_FILE, 'utf8');
    const fresh = serializeCitationData(buildCitationData());
    // Compared as a boolean: a diff of 190 KB of minified JSON helps nobody.
    expect(committed === fresh).toBe(true);
  });

  it('stays small', () => {
    expect(fs.statSync(DATA_FILE).size).toBeLessThan(250_000);
  });

  it('holds editions with years and variant spellings', () => {
    const data = citationData();
    const fSupp = data.reporters.find((r) => r.a === 'F. Supp.');
    expect(fSupp?.t).toBe('federal');
    const third = fSupp?.e.find((e) => e.a === 'F. Supp. 3d');
    expect(third?.s).toBe(2014);
    expect(third?.e).toBeNull();
    for (const r of data.reporters)
      for (const e of r.e) if (e.s !== null && e.e !== null) expect(e.s).toBeLessThanOrEqual(e.e);
    const usc = data.laws.find((l) => l.a === 'U.S.C.');
    expect(usc).toMatchObject({ k: 'statute', f: ['{t} {r} § {s}'] });
  });

  it('rejects data of the wrong shape', () => {
    expect(() => parseCitationData({ reporters: [] })).toThrow(
      expect.objectContaining({ code: CitationErrorCode.InvalidReporterData }),
    );
    expect(() => parseCitationData('nope')).toThrow(
      expect.objectContaining({ code: CitationErrorCode.InvalidReporterData }),
    );
  });
});
