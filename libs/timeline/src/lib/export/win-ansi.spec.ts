import { toWinAnsi } from './win-ansi';

describe('toWinAnsi', () => {
  it('keeps Latin-1 and the cp1252 typography', () => {
    const s = 'Müller — “quoted” ‘single’ … € • § ½ ß æ Œ ™';
    expect(toWinAnsi(s)).toBe(s);
  });

  it('decomposes accented letters WinAnsi lacks and maps common symbols', () => {
    expect(toWinAnsi('Łódź Dvořák Ångström ő ș')).toBe('Lódz Dvorák Ångström o s');
    expect(toWinAnsi('a → b ≥ c ‐ d №5')).toBe('a -> b >= c - d No.5');
    expect(toWinAnsi('ﬁle')).toBe('file');
  });

  it('drops emoji and marks, turns other scripts into ?, and keeps newlines', () => {
    expect(toWinAnsi('ruling 🤖 on 👩‍⚖️ x')).toBe('ruling on x');
    expect(toWinAnsi('著作権 Закон')).toBe('??? ?????');
    expect(toWinAnsi('a\r\nb\tc\u0007')).toBe('a\nb c');
  });
});
