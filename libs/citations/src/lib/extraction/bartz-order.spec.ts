import { BARTZ_FAIR_USE_ORDER, filingDocuments, readFilingText } from '../../testing/filings';
import { extractCitations } from './extract-citations';
import type { CaseCitation, LawCitation } from './types';

/** Page starts after each "Case … Page N of M" stamp, which pypdf put at the end of every page. */
function stampedPages(text: string): { offsets: number[]; stamps: { at: number; page: number }[] } {
  const stamps = [...text.matchAll(/Page (\d+) of (\d+)/g)].map((m) => ({ at: m.index ?? 0, page: Number(m[1]) }));
  const offsets = [0, ...stamps.slice(0, -1).map((s) => text.indexOf('\n', s.at) + 1)];
  return { offsets, stamps };
}

describe('Bartz v. Anthropic, order on fair use (corpus)', () => {
  const text = readFilingText(BARTZ_FAIR_USE_ORDER);
  const { offsets, stamps } = stampedPages(text);
  const list = extractCitations(text, { pageOffsets: offsets });
  const statuteKeys = new Set(list.filter((c): c is LawCitation => c.type === 'statute').map((c) => c.key));

  it('has one page stamp per PDF page (documents.json)', () => {
    const row = filingDocuments().find((d) => d.file.endsWith(BARTZ_FAIR_USE_ORDER.replace(/\.txt$/, '.pdf')));
    expect(stamps.map((s) => s.page)).toEqual(Array.from({ length: row?.pages ?? -1 }, (_, i) => i + 1));
  });

  it.each(['101', '102', '106', '107', '109', '504'])('cites 17 U.S.C. § %s', (section) => {
    expect(statuteKeys).toContain(`17 U.S.C. § ${section}`);
  });

  it('finds Thomson Reuters v. Ross, 765 F. Supp. 3d 382, on the page that carries it', () => {
    const ross = list.find((c): c is CaseCitation => c.type === 'case' && c.key === '765 F. Supp. 3d 382');
    expect(ross).toMatchObject({
      volume: '765',
      reporter: 'F. Supp. 3d',
      reporterPage: '382',
      pinCite: '398',
      court: 'D. Del.',
      year: 2025,
    });
    expect(ross?.plaintiff).toMatch(/^Thomson Reuters/);
    expect(ross?.defendant).toMatch(/^Ross/);
    const stamp = stamps.find((s) => s.at > (ross?.span.start ?? Infinity));
    expect(ross?.page).toBe(stamp?.page);
  });

  it('links the short forms of Authors Guild v. Google to the full citation', () => {
    const full = list.findIndex((c) => c.type === 'case' && c.key === '804 F.3d 202');
    const shorts = list.filter((c) => c.type === 'short_case' && c.volume === '804' && c.reporter === 'F.3d');
    expect(full).toBeGreaterThanOrEqual(0);
    expect(shorts.length).toBeGreaterThan(3);
    for (const s of shorts) expect(s).toMatchObject({ antecedentIndex: full, key: '804 F.3d 202' });
  });

  it('finds its own docket number and the docket entries it cites', () => {
    const keys = new Set(list.map((c) => `${c.type} ${c.key}`));
    expect(keys).toContain('docket 3:24-cv-05417');
    expect(keys).toContain('ecf ECF No. 203');
  });
});
