import { buildImagePdf } from './image-pdf';
import { buildPdf } from './pdf-fixtures';
import { manyPagePdf } from './hostile-pdfs';
import { writePdf } from './pdf-writer';

/** The cross-reference table's offsets, the trailer and startxref, read back from the bytes. */
function readBack(pdf: Buffer) {
  const text = pdf.toString('latin1');
  const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(text)?.[1]);
  const [, first, count, rows] =
    /^xref\n(\d+) (\d+)\n((?:\d{10} \d{5} [fn] \n)+)trailer\n/.exec(text.slice(startxref)) ?? [];
  const offsets = rows
    .trimEnd()
    .split(' \n')
    .map((row) => Number(row.slice(0, 10)));
  const trailer = /trailer\n(<<.*>>)\nstartxref/.exec(text)?.[1];
  return { text, first: Number(first), count: Number(count), offsets, trailer };
}

describe('writePdf', () => {
  it('points each cross-reference entry at its object and startxref at the table', () => {
    const stream = Buffer.from([0, 1, 2, 0xff, 0x0a]);
    const pdf = writePdf([
      { dict: '/Type /Catalog /Pages 2 0 R' },
      { dict: '/Type /Pages /Kids [] /Count 0' },
      { dict: '/Filter /FlateDecode', stream },
    ]);
    const { text, first, count, offsets, trailer } = readBack(pdf);
    expect(text.startsWith('%PDF-1.7\n')).toBe(true);
    expect({ first, count }).toEqual({ first: 0, count: 4 });
    expect(offsets.slice(1).map((offset) => text.slice(offset, offset + 8))).toEqual([
      '1 0 obj\n',
      '2 0 obj\n',
      '3 0 obj\n',
    ]);
    expect(trailer).toBe('<< /Size 4 /Root 1 0 R >>');
    const streamStart = text.indexOf('stream\n', offsets[3]) + 'stream\n'.length;
    expect(text.slice(offsets[3], streamStart)).toBe('3 0 obj\n<< /Filter /FlateDecode /Length 5 >>\nstream\n');
    expect(pdf.subarray(streamStart, streamStart + stream.length)).toEqual(stream);
    expect(text.slice(streamStart + stream.length)).toMatch(/^\nendstream\nendobj\nxref\n/);
  });

  it('writes the trailer extras it is given', () => {
    const id = Buffer.from('00112233445566778899aabbccddeeff', 'hex');
    const pdf = writePdf([{ dict: '/Producer (x)' }, { dict: '/Type /Catalog' }, { dict: '/Filter /Standard' }], {
      version: '1.4',
      root: 2,
      info: 1,
      encrypt: 3,
      id,
    });
    expect(pdf.subarray(0, 9).toString('latin1')).toBe('%PDF-1.4\n');
    expect(readBack(pdf).trailer).toBe(
      '<< /Size 4 /Root 2 0 R /Info 1 0 R /Encrypt 3 0 R /ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>] >>',
    );
  });

  it.each([
    [
      'buildPdf',
      () => buildPdf({ pages: ['one', 'two'], title: 'T', encrypt: { userPassword: 'u', ownerPassword: 'o' } }),
    ],
    ['manyPagePdf', () => manyPagePdf(3)],
    [
      'buildImagePdf',
      () =>
        buildImagePdf([
          { widthPt: 72, heightPt: 72, image: { width: 2, height: 2, dpi: 72, pixels: new Uint8Array(4) } },
          { widthPt: 612, heightPt: 792, text: 'a (text) page' },
        ]),
    ],
  ])('%s writes through it: every object where the table says', (_name, build) => {
    const { text, count, offsets } = readBack(build());
    expect(offsets).toHaveLength(count);
    offsets
      .slice(1)
      .forEach((offset, i) => expect(text.slice(offset, offset + `${i + 1} 0 obj\n`.length)).toBe(`${i + 1} 0 obj\n`));
  });
});
