import { plainToInstance } from 'class-transformer';
import { contentTextFields, ContentText, findUnsafeInput, stripUnsafeText, unsafeTextReason } from './unsafe-text';

describe('unsafe text', () => {
  it.each([
    ['a\u0000b', 'NUL'],
    ['a\ud800b', 'lone UTF-16 surrogate'],
    ['\udc00', 'lone UTF-16 surrogate'],
    ['x\ud83d', 'lone UTF-16 surrogate'],
  ])('finds the problem in %j', (text, reason) => {
    expect(unsafeTextReason(text)).toContain(reason);
  });

  it.each(['', 'Café', '😀 emoji pair', '§ 107 — fair use', '\t\n'])('accepts %j', (text) => {
    expect(unsafeTextReason(text)).toBeNull();
  });

  it('strips content text: NUL removed, lone surrogates replaced', () => {
    expect(stripUnsafeText('a\u0000b\ud800c😀')).toBe('ab\ufffdc😀');
  });

  it('names the path of the first unsafe value or key', () => {
    expect(findUnsafeInput({ a: [{ b: 'ok' }, { c: 'x\u0000' }] })).toMatchObject({ path: '$.a[1].c' });
    expect(findUnsafeInput({ ['k\u0000']: 1 })).toMatchObject({ path: '$', reason: expect.stringContaining('key') });
    expect(findUnsafeInput({ a: ['ok', 1, null, true], b: { c: 'fine' } })).toBeNull();
  });

  it('refuses nesting beyond the limit without recursion', () => {
    let deep: unknown = [];
    for (let i = 0; i < 200_000; i += 1) deep = [deep];
    expect(findUnsafeInput(deep, { maxDepth: 32 })).toMatchObject({ maxDepth: 32 });
    expect(findUnsafeInput([[['x']]], { maxDepth: 3 })).toBeNull();
    expect(findUnsafeInput([[[['x']]]], { maxDepth: 3 })).toMatchObject({ maxDepth: 3 });
  });

  it('skips text checks of content fields and when asked for depth only', () => {
    expect(findUnsafeInput({ content: 'a\u0000', title: 'ok' }, { contentFields: new Set(['content']) })).toBeNull();
    expect(findUnsafeInput({ content: 'ok', title: 'a\u0000' }, { contentFields: new Set(['content']) })).toMatchObject(
      {
        path: '$.title',
      },
    );
    expect(findUnsafeInput({ a: 'x\u0000' }, { checkText: false })).toBeNull();
  });

  it('strips a @ContentText field when the DTO is transformed', () => {
    class Snapshot {
      @ContentText()
      content!: string;
    }
    expect(contentTextFields(Snapshot)).toEqual(new Set(['content']));
    expect(plainToInstance(Snapshot, { content: 'a\u0000b' }).content).toBe('ab');
  });

  it('does not enter Buffers or class instances', () => {
    expect(findUnsafeInput({ file: Buffer.from([0, 0]), at: new Date() })).toBeNull();
  });
});
