import { filingTextNames, pageOffsetsOf, readFilingText } from '../../testing/filings';
import { extractCitations } from './extract-citations';

// Prints throughput for a 200-page text; asserts what it found, never how long it took (timings
// on a shared machine are not a test).
describe('a 200-page text (corpus)', () => {
  const names = filingTextNames();

  it('is read in one pass with pages numbered, and the time is printed', () => {
    const cold = process.hrtime.bigint();
    extractCitations('warm up: 1 U.S. 1; 17 U.S.C. § 107; ECF No. 1; No. 1:23-cv-1');
    const setupMs = Number(process.hrtime.bigint() - cold) / 1e6;
    const pages: string[] = [];
    for (let i = 0; pages.join('').length < 200 * 3000; i++) pages.push(readFilingText(names[i % names.length]));
    const text = pages.join('\n');
    const offsets = pageOffsetsOf(text);
    const started = process.hrtime.bigint();
    const list = extractCitations(text, { pageOffsets: offsets });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    console.log(
      `${text.length} characters (≈${Math.round(text.length / 3000)} pages): ${list.length} citations in ${ms.toFixed(0)} ms ` +
        `(one-time pattern setup ${setupMs.toFixed(0)} ms)`,
    );
    expect(list.length).toBeGreaterThan(1000);
    expect(new Set(list.map((c) => c.page)).size).toBeGreaterThan(offsets.length / 2);
  });
});
