import { cleanLikeEyecite, loadEyeciteCases, score } from '../../testing/eyecite-cases';
import { extractCitations } from './extract-citations';
import { canonicalLawCode } from './law-patterns';
import { normalizeReporter } from './reporter-index';
import { baseSection } from './section-list';

const cases = loadEyeciteCases();
const results = cases.map((c) => ({ c, found: extractCitations(cleanLikeEyecite(c)) }));

function pct(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}

describe('eyecite test citations (corpus)', () => {
  it('has cases to score', () => {
    expect(cases.length).toBeGreaterThan(50);
  });

  it('finds full case citations with ≥95% precision and recall (volume, reporter, page)', () => {
    const s = score(
      results.map(({ c, found }) => ({
        id: c.id,
        expected: c.expected
          .filter((e) => e.type === 'case')
          .map((e) => {
            const reporter =
              normalizeReporter(e.reporter ?? '') ?? normalizeReporter(e.reporter_found ?? '') ?? e.reporter;
            return `${e.volume} ${reporter} ${e.page ?? '___'}`;
          }),
        found: found.flatMap((f) =>
          f.type === 'case' ? [`${f.volume} ${f.reporter} ${f.reporterPage ?? '___'}`] : [],
        ),
      })),
    );
    console.log(
      `full case citations: precision ${pct(s.precision)} recall ${pct(s.recall)} ` +
        `(expected ${s.expected}, found ${s.found}, matched ${s.matched})\n${s.misses.join('\n')}`,
    );
    expect(s.expected).toBeGreaterThan(0);
    expect(s.precision).toBeGreaterThanOrEqual(0.95);
    expect(s.recall).toBeGreaterThanOrEqual(0.95);
  });

  it('finds statute citations with ≥95% precision and recall (code, chapter, section)', () => {
    const s = score(
      results.map(({ c, found }) => ({
        id: c.id,
        expected: c.expected
          .filter((e) => e.type === 'law')
          .map(
            (e) =>
              `${canonicalLawCode(e.reporter ?? '') ?? e.reporter}${e.chapter ? ` ch. ${e.chapter}` : ''} § ${e.section}`,
          ),
        found: found.flatMap((f) =>
          (f.type === 'statute' || f.type === 'regulation') && f.code
            ? [`${f.code}${f.chapter ? ` ch. ${f.chapter}` : ''} § ${baseSection(f.section ?? '')}`]
            : [],
        ),
      })),
    );
    console.log(
      `statute citations: precision ${pct(s.precision)} recall ${pct(s.recall)} ` +
        `(expected ${s.expected}, found ${s.found}, matched ${s.matched})\n${s.misses.join('\n')}`,
    );
    expect(s.expected).toBeGreaterThan(0);
    expect(s.precision).toBeGreaterThanOrEqual(0.95);
    expect(s.recall).toBeGreaterThanOrEqual(0.95);
  });

  it('finds law-journal citations (volume, journal, page)', () => {
    const s = score(
      results.map(({ c, found }) => ({
        id: c.id,
        expected: c.expected.filter((e) => e.type === 'journal').map((e) => `${e.volume} ${e.reporter} ${e.page}`),
        found: found.flatMap((f) => (f.type === 'journal' ? [`${f.volume} ${f.journal} ${f.journalPage}`] : [])),
      })),
    );
    console.log(`journal citations: precision ${pct(s.precision)} recall ${pct(s.recall)}\n${s.misses.join('\n')}`);
    expect(s.expected).toBeGreaterThan(0);
    expect(s.precision).toBeGreaterThanOrEqual(0.9);
    expect(s.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('reads short forms (volume, reporter, pin) and party names of full citations', () => {
    const shorts = score(
      results.map(({ c, found }) => ({
        id: c.id,
        expected: c.expected
          .filter((e) => e.type === 'short_case')
          .map((e) => `${e.volume} ${normalizeReporter(e.reporter ?? '') ?? e.reporter} at ${e.pin_cite}`),
        found: found.flatMap((f) => (f.type === 'short_case' ? [`${f.volume} ${f.reporter} at ${f.pinCite}`] : [])),
      })),
    );
    let named = 0;
    let namesRight = 0;
    const wrong: string[] = [];
    for (const { c, found } of results) {
      for (const e of c.expected.filter((x) => x.type === 'case' && (x.plaintiff || x.defendant))) {
        named++;
        const f = found.find((x) => x.type === 'case' && x.volume === e.volume && x.reporterPage === e.page);
        const got = f?.type === 'case' ? `${f.plaintiff ?? ''} v. ${f.defendant ?? ''}` : '(none)';
        if (got === `${e.plaintiff ?? ''} v. ${e.defendant ?? ''}`) namesRight++;
        else wrong.push(`${c.id}: expected ${e.plaintiff ?? ''} v. ${e.defendant ?? ''}, got ${got}`);
      }
    }
    console.log(
      `short forms: precision ${pct(shorts.precision)} recall ${pct(shorts.recall)}; ` +
        `party names: ${namesRight}/${named} (${pct(namesRight / named)})\n${[...shorts.misses, ...wrong].join('\n')}`,
    );
    expect(shorts.recall).toBeGreaterThanOrEqual(0.9);
    expect(namesRight / named).toBeGreaterThanOrEqual(0.8);
  });
});
