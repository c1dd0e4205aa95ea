import { TosError, TosErrorCode } from '../tos-error';
import { normalizeSnapshot } from './normalize';
import type { SnapshotFormat } from './types';
import { findDocument, loadTosIndex, readVersion } from '../../testing/tos-corpus';

describe('normalizeSnapshot', () => {
  it('turns HTML into canonical Markdown without tracking parameters or invisible characters', () => {
    const html = `<h1>Terms\u200b of use</h1>
      <p>Use our <a href="https://chatgpt.com/pricing?openaicom-did=311eed3a-ffe7-4c21-846b-de361a99f2a6&amp;openaicom_referred=true">pricing\u2060(opens in a new window)</a> page,&nbsp;see <i>below</i>.</p>
      <ul><li><b>One</b></li><li>Two<ol><li>nested</li></ol></li></ul><script>track()</script>`;
    expect(normalizeSnapshot(html, 'html')).toBe(
      '# Terms of use\n\nUse our [pricing](https://chatgpt.com/pricing) page, see *below*.\n\n- **One**\n- Two\n  1. nested\n',
    );
  });

  it('gives Markdown variants of one text the same canonical form', () => {
    const a = 'Terms\n=====\n\n* __Bold__ and _em_\n* item   two  \n\n\n\nText\u00a0here.';
    const b = '# Terms\n\n- **Bold** and *em*\n- item two\n\nText here.';
    expect(normalizeSnapshot(a, 'markdown')).toBe(normalizeSnapshot(b, 'markdown'));
    expect(normalizeSnapshot(b, 'markdown')).toBe('# Terms\n\n- **Bold** and *em*\n- item two\n\nText here.\n');
  });

  it('keeps tables as pipe tables and is idempotent on a real privacy policy', () => {
    const doc = findDocument(loadTosIndex(), 'ChatGPT/Trackers Policy');
    const once = normalizeSnapshot(readVersion(doc.versions[doc.versions.length - 1]), 'markdown');
    expect(once).toMatch(/^\| .* \|$/m);
    expect(once).toMatch(/^\| --- \|/m);
    expect(normalizeSnapshot(once, 'markdown')).toBe(once);
  });

  it('rejects an unknown format with a domain error', () => {
    expect.assertions(2);
    try {
      normalizeSnapshot('x', 'pdf' as SnapshotFormat);
    } catch (e) {
      expect(e).toBeInstanceOf(TosError);
      expect((e as TosError).code).toBe(TosErrorCode.UnsupportedFormat);
    }
  });
});
