import { baseName, filingDocuments, filingTextNames, pageOffsetsOf, readFilingText } from '../../testing/filings';
import { extractCitations } from './extract-citations';
import { normalizeCitationKey } from './normalize-key';
import type { Citation } from './types';

const FULL_TYPES = new Set<Citation['type']>(['case', 'statute', 'regulation', 'ecf', 'journal']);

describe('all filing texts (corpus)', () => {
  const names = filingTextNames();

  it('has texts to read', () => {
    expect(names.length).toBeGreaterThan(10);
  });

  it.each(names)('%s: extracts without throwing; spans, pages and antecedents are consistent', (name) => {
    const text = readFilingText(name);
    const offsets = pageOffsetsOf(text);
    const list = extractCitations(text, { pageOffsets: offsets });
    list.forEach((c, i) => {
      expect(c.span.start).toBeLessThan(c.span.end);
      expect(text.slice(c.span.start, c.span.end)).toBe(c.matchedText);
      expect(c.key).not.toBe('');
      expect(c.page).toBeGreaterThanOrEqual(1);
      expect(c.page).toBeLessThanOrEqual(offsets.length);
      expect(offsets[(c.page ?? 1) - 1]).toBeLessThanOrEqual(c.span.start);
      if ('antecedentIndex' in c && c.antecedentIndex !== undefined) {
        expect(c.antecedentIndex).toBeLessThan(i);
        expect(FULL_TYPES.has(list[c.antecedentIndex].type)).toBe(true);
        expect(c.key).toBe(list[c.antecedentIndex].key);
      }
      if (i > 0) expect(c.span.start).toBeGreaterThanOrEqual(list[i - 1].span.start);
    });
  });

  it('finds each filing’s own docket number in its text (documents.json)', () => {
    const rows = filingDocuments().filter((d) => d.format === 'txt' && d.docketNumber);
    let tried = 0;
    const missed: string[] = [];
    for (const row of rows) {
      const primary = (row.docketNumber ?? '').split(/\s+\(|\s+\/|,/)[0];
      const key = normalizeCitationKey(primary);
      if (!key) continue;
      tried++;
      const keys = new Set(extractCitations(readFilingText(baseName(row.file))).map((c) => c.key));
      if (!keys.has(key)) missed.push(`${row.file}: ${primary} → ${key}`);
    }
    const recall = (tried - missed.length) / tried;
    console.log(
      `own docket numbers found: ${tried - missed.length}/${tried} (${(recall * 100).toFixed(1)}%)\n${missed.join('\n')}`,
    );
    // documents.json gives a docket number for 30 text filings; 23 of those normalise to a docket key
    // (the others are skipped above), and every one of the 23 is found in the filing's own text.
    expect(rows).toHaveLength(30);
    expect(tried).toBe(23);
    expect(missed).toEqual([]);
  });
});
