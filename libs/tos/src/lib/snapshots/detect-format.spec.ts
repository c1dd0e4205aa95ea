import { detectFormat } from './tos-snapshots.service';

describe('detectFormat', () => {
  it.each([
    ['<!DOCTYPE html><html><body><p>x</p></body></html>', 'html'],
    ['  <html><p>x</p></html>', 'html'],
    ['<div><h1>Terms</h1><p>Use nicely.</p></div>', 'html'],
    ['# Terms\n\nUse nicely.', 'markdown'],
    ['Terms\n=====\n\n- <b>bold</b> item', 'markdown'],
    ['Plain text terms.', 'markdown'],
  ])('%s is %s', (content, format) => expect(detectFormat(content)).toBe(format));
});
