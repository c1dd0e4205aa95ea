import { compareForNoise } from './noise';
import { consecutivePair, findDocument, loadTosIndex, type TosIndexDocument } from '../../testing/tos-corpus';

describe('compareForNoise on made-up pairs', () => {
  it('calls whitespace, zero-width, quotes, tracking ids and markup noise', () => {
    expect(compareForNoise('a  b\n', 'a b')).toEqual({
      noiseOnly: true,
      reason: expect.stringContaining('whitespace'),
    });
    expect(compareForNoise('It won\u2019t', "It won't\u2060").reason).toContain('typography');
    expect(
      compareForNoise(
        '[Plans](https://x.com/p?openaicom-did=311eed3a-ffe7-4c21-846b-de361a99f2a6)',
        '[Plans](https://www.x.com/p/?utm_source=a)',
      ).reason,
    ).toContain('link');
    expect(compareForNoise('* __Term__\n\nText', '- **Term**\n\n---\n\nText').reason).toContain('markup');
    expect(compareForNoise('Updated: December 1, 2025', 'Updated: 1 December 2025').noiseOnly).toBe(true);
    expect(compareForNoise('Write to a@b.ai .', 'Write to [a@b.ai](mailto:a@b.ai).').noiseOnly).toBe(true);
    expect(
      compareForNoise('* [Execute Agreement\n\n(opens in a new window)](https://x.com/a)\n\nBody.', 'Body.').noiseOnly,
    ).toBe(true);
  });

  it('calls page chrome noise: cookie dialogs, navigation, title lines, copyright years', () => {
    const body = 'These terms apply to you.';
    const banner =
      'We value your privacy\n\nWe use cookies. By clicking "Accept All", you consent to our use of cookies.\n\nCustomise Reject All Accept All\n\n';
    expect(compareForNoise(body, banner + body).reason).toContain('chrome');
    expect(compareForNoise(`Usage policies | OpenAI\n\n${body}`, `…\n\n${body}`).noiseOnly).toBe(true);
    expect(
      compareForNoise(`${body}\n\n[Home](/)\n\n© Acme, 2025`, `${body}\n\n[Events](/e)\n\n© Acme, 2026`).noiseOnly,
    ).toBe(true);
    expect(
      compareForNoise(
        `OpenAI\n\nSelect language\n\n${body}`,
        `${body}\n\n[Powered by Mintlify, a documentation platform](https://mintlify.com)`,
      ).noiseOnly,
    ).toBe(true);
  });

  it('does not call a changed word, number, link target or clause noise', () => {
    expect(compareForNoise('OpenAI\n\nThese terms apply.', 'These terms apply.').noiseOnly).toBe(false);
    expect(compareForNoise('content that is appropriate', 'content that is inappropriate').noiseOnly).toBe(false);
    expect(compareForNoise('within 30 days', 'within 14 days').noiseOnly).toBe(false);
    expect(
      compareForNoise(
        'See [Schedule](https://drive.google.com/file/d/1mIzrH9almieKLZP/view)',
        'See [Schedule](https://drive.google.com/file/d/1fIuoZRzi0er9dzx/view)',
      ).noiseOnly,
    ).toBe(false);
    expect(compareForNoise('- a\n- b', '- a\n- b\n- c').noiseOnly).toBe(false);
  });
});

describe('compareForNoise on the corpus', () => {
  const index = loadTosIndex();
  const pair = (folder: string, recordedAt: string): [string, string] =>
    consecutivePair(findDocument(index, folder), recordedAt);

  it.each([
    ['ChatGPT/Business Privacy Policy', '2026-05-20T07:01:30Z', 'link'],
    ['ChatGPT/Commercial Terms', '2026-07-16T07:01:17Z', 'link'],
    ['Claude.ai/Privacy Policy', '2026-08-22T19:02:08Z', 'link'],
    ['Claude.ai/Vulnerability Disclosure Policy', '2026-04-28T19:01:21Z', 'link'],
    ['ChatGPT/Acceptable Use Policy', '2026-01-31T07:00:28Z', 'typography'],
    ['ChatGPT/Privacy Policy', '2026-07-25T07:00:24Z', 'typography'],
    ['ChatGPT/Terms of Service', '2025-12-11T07:00:08Z', 'chrome'],
    ['Fireworks AI/Privacy Policy', '2026-05-22T07:04:04Z', 'chrome'],
    ['Stability AI/Terms of Service', '2026-04-08T19:06:26Z', 'chrome'],
    ['Tempo Labs/Privacy Policy', '2025-12-13T07:08:13Z', 'chrome'],
    ['Midjourney/Community Guidelines', '2026-01-02T07:07:01Z', 'markup'],
  ])('%s at %s is noise (%s)', (folder, recordedAt, kind) => {
    const verdict = compareForNoise(...pair(folder, recordedAt));
    expect(verdict.noiseOnly).toBe(true);
    expect(verdict.reason).toContain(kind);
  });

  it.each([
    ['ChatGPT/Acceptable Use Policy', '2025-10-09T00:32:04Z', 'appropriate → inappropriate'],
    ['ChatGPT/Commercial Terms', '2025-11-19T00:30:20Z', 'ChatGPT Team → ChatGPT Business'],
    ['ChatGPT/Commercial Terms', '2025-12-19T07:00:43Z', 'OpenAI, L.L.C. → OpenAI OpCo, LLC'],
    ['ChatGPT/Data Processor Agreement', '2024-03-20T18:30:10Z', 'typo ChatGTPT fixed'],
    ['ChatGPT/Platform to Business Notice', '2025-06-21T00:30:29Z', '"7 (Confidentiality)" added to a list'],
    ['ChatGPT/Trackers Policy', '2026-08-14T19:01:59Z', 'a cookie row added'],
    ['SambaNova/Privacy Policy', '2026-04-22T19:05:54Z', 'postal address changed'],
    ['SOUNDRAW/Terms of Service', '2026-03-17T19:05:39Z', 'the linked Schedule document changed'],
    [
      'Fireworks AI/Privacy Policy',
      '2026-08-22T19:03:42Z',
      'policy date changed inside a new cookie dialog (index says noiseOnly)',
    ],
    ['Copy.AI/Privacy Policy', '2025-12-10T15:55:00Z', 'a retargeting bullet added (index says noiseOnly)'],
  ])('%s at %s is a real change: %s', (folder, recordedAt) => {
    expect(compareForNoise(...pair(folder, recordedAt)).noiseOnly).toBe(false);
  });

  it('agrees with every consecutive pair that index.json flags noiseOnly, except where the flag is wrong', () => {
    const flaggedWrongly = new Set([
      'Fireworks AI/Privacy Policy@2026-08-22T19:03:42Z',
      'Copy.AI/Privacy Policy@2025-12-10T15:55:00Z',
    ]);
    // Error pages and re-extractions of another page are not noise either; replayHistory skips them separately.
    const notComparable = /^(Llama API\/Privacy Policy|Speechify\/Terms of Service)@/;
    const disagreements: string[] = [];
    let checked = 0;
    const docFolder = (d: TosIndexDocument): string => d.path.replace(/\.md$/, '');
    for (const doc of index) {
      doc.versions.forEach((v, i) => {
        const id = `${docFolder(doc)}@${v.recordedAt}`;
        if (i === 0 || !v.noiseOnly || flaggedWrongly.has(id) || notComparable.test(id)) return;
        checked++;
        if (!compareForNoise(...consecutivePair(doc, v.recordedAt)).noiseOnly) disagreements.push(id);
      });
    }
    expect(checked).toBeGreaterThan(250);
    expect(disagreements).toEqual([]);
  });
});
