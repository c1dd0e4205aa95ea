/** One indirect object of a PDF: its dictionary's entries (without `<< >>`) and, for a stream object, its bytes. */
export interface PdfObject {
  dict: string;
  /** The stream's bytes as stored (already compressed or encrypted); the writer adds /Length. */
  stream?: Buffer;
}

/** The header version and the trailer's entries besides /Size. */
export interface PdfWriteOptions {
  /** `%PDF-1.7` unless given. */
  version?: '1.4' | '1.7';
  /** Object number of the catalog (/Root); 1 unless given. */
  root?: number;
  /** Object number of the document information dictionary (/Info). */
  info?: number;
  /** Object number of the encryption dictionary (/Encrypt). */
  encrypt?: number;
  /** The file identifier (/ID), written as both halves of the pair. */
  id?: Buffer;
}

const latin1 = (text: string) => Buffer.from(text, 'latin1');

function objectBytes(number: number, object: PdfObject): Buffer[] {
  if (!object.stream) return [latin1(`${number} 0 obj\n<< ${object.dict} >>\nendobj\n`)];
  const entries = [object.dict, `/Length ${object.stream.length}`].filter((entry) => entry !== '').join(' ');
  return [latin1(`${number} 0 obj\n<< ${entries} >>\nstream\n`), object.stream, latin1('\nendstream\nendobj\n')];
}

/**
 * Writes a PDF file (ISO 32000-1 §7.5): the header, objects 1..n (`objects[i]` is object i + 1),
 * the cross-reference table, the trailer and startxref. The one serializer of the test fixtures.
 */
export function writePdf(objects: PdfObject[], options: PdfWriteOptions = {}): Buffer {
  // The comment's high bytes mark the file as binary for transfer tools (§7.5.2).
  const parts: Buffer[] = [latin1(`%PDF-${options.version ?? '1.7'}\n%\xe2\xe3\xcf\xd3\n`)];
  let length = parts[0].length;
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(length);
    for (const chunk of objectBytes(i + 1, object)) {
      parts.push(chunk);
      length += chunk.length;
    }
  });
  const xref = [
    'xref',
    `0 ${objects.length + 1}`,
    '0000000000 65535 f ',
    ...offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n `),
  ];
  const id = options.id?.toString('hex');
  const trailer =
    `<< /Size ${objects.length + 1} /Root ${options.root ?? 1} 0 R` +
    (options.info === undefined ? '' : ` /Info ${options.info} 0 R`) +
    (options.encrypt === undefined ? '' : ` /Encrypt ${options.encrypt} 0 R`) +
    (id === undefined ? '' : ` /ID [<${id}> <${id}>]`) +
    ' >>';
  parts.push(latin1(`${xref.join('\n')}\ntrailer\n${trailer}\nstartxref\n${length}\n%%EOF\n`));
  return Buffer.concat(parts);
}

/** The Helvetica font dictionary the text fixtures use (a standard 14 font: nothing embedded). */
export const HELVETICA = '/Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding';

/** A content stream that draws `text` (lines split on \n) in font /F1 at 11 pt from the top left of a Letter page. */
export function textContentStream(text: string): string {
  const lines = text.split('\n').map((line) => `(${line.replace(/[\\()]/g, (c) => `\\${c}`)}) Tj T*`);
  return `BT /F1 11 Tf 14 TL 72 740 Td\n${lines.join('\n')}\nET`;
}
