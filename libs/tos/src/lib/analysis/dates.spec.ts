import { canonicalDates, parseDate, parseEffectiveDate } from './dates';
import { findDocument, loadTosIndex, readVersion } from '../../testing/tos-corpus';

describe('parseDate', () => {
  it.each([
    ['January 31, 2024', '2024-01-31'],
    ['1 December 2025', '2025-12-01'],
    ['Aug 19, 2026', '2026-08-19'],
    ['October 12th 2023', '2023-10-12'],
    ['2026-04-14', '2026-04-14'],
    ['11/13/2024', '2024-11-13'],
    ['2024 年 1 月 5 日', '2024-01-05'],
    ['February 30, 2024', null],
    ['sometime soon', null],
  ])('%s', (text, iso) => expect(parseDate(text)).toBe(iso));

  it('canonicalises dates inside text', () => {
    expect(canonicalDates('Updated: 1 December 2025 and December 1, 2025')).toBe('Updated: 2025-12-01 and 2025-12-01');
  });
});

describe('parseEffectiveDate', () => {
  it.each([
    ['**Effective:** January 31, 2024 ([previous version](https://example.com))', '2024-01-31'],
    ['UpdatedNovember 14, 2023', '2023-11-14'],
    ['Updated: 1 December 2025\n\n**Effective: January 1, 2026**', '2026-01-01'],
    ['_Last Updated:_ _**April 14th, 2026**_', '2026-04-14'],
    ['**Last Updated:** 2026-04-08', '2026-04-08'],
    ['Effective:July 22, 2026', '2026-07-22'],
    ['Effective from 16 December 2025', '2025-12-16'],
    ['Date of Last Revision: May 27, 2023', '2023-05-27'],
    ['**更新日期：2026年7月15日**   **生效日期：2026年7月22日**', '2026-07-22'],
    ['These terms are effective upon posting. The Effective Date means the date you sign.', null],
  ])('%s', (md, iso) => expect(parseEffectiveDate(md)).toBe(iso));

  it('reads the dates of real OpenAI terms', () => {
    const doc = findDocument(loadTosIndex(), 'OpenAI/Terms of Service');
    expect(parseEffectiveDate(readVersion(doc.versions[0]))).toBe('2023-03-14');
    expect(parseEffectiveDate(readVersion(doc.versions[doc.versions.length - 1]))).toBe('2024-01-31');
  });
});
