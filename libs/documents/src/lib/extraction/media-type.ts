import { decodeText } from './decode-text';

/** Media types that extractDocument can read. */
export enum MediaType {
  Pdf = 'application/pdf',
  PlainText = 'text/plain',
  Markdown = 'text/markdown',
  Html = 'text/html',
}

export const OCTET_STREAM = 'application/octet-stream';

const SNIFF_WINDOW = 1024;

// Signatures of binary formats people upload by mistake; naming them makes the error useful.
const BINARY_SIGNATURES: ReadonlyArray<{ type: string; bytes: readonly number[] }> = [
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { type: 'image/gif', bytes: [0x47, 0x49, 0x46, 0x38] },
  { type: 'image/tiff', bytes: [0x49, 0x49, 0x2a, 0x00] },
  { type: 'image/tiff', bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { type: 'application/zip', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { type: 'application/x-ole-storage', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { type: 'application/gzip', bytes: [0x1f, 0x8b] },
];

const EXTENSION_TYPES: Readonly<Record<string, MediaType>> = {
  pdf: MediaType.Pdf,
  txt: MediaType.PlainText,
  text: MediaType.PlainText,
  md: MediaType.Markdown,
  markdown: MediaType.Markdown,
  html: MediaType.Html,
  htm: MediaType.Html,
  xhtml: MediaType.Html,
};

const DECLARED_ALIASES: Readonly<Record<string, MediaType>> = {
  'application/pdf': MediaType.Pdf,
  'application/x-pdf': MediaType.Pdf,
  'text/plain': MediaType.PlainText,
  'text/markdown': MediaType.Markdown,
  'text/x-markdown': MediaType.Markdown,
  'text/html': MediaType.Html,
  'application/xhtml+xml': MediaType.Html,
};

const GENERIC_DECLARED = new Set([
  '',
  OCTET_STREAM,
  'binary/octet-stream',
  'application/unknown',
  'application/binary',
]);

export function mediaTypeFromFileName(fileName: string | undefined): MediaType | undefined {
  const match = fileName ? /\.([A-Za-z0-9]+)$/.exec(fileName.trim()) : null;
  return match ? EXTENSION_TYPES[match[1].toLowerCase()] : undefined;
}

/**
 * Reads a declared media type (e.g. an HTTP Content-Type): a supported MediaType, 'generic' when it
 * says nothing (octet-stream, empty), or 'unsupported'.
 */
export function parseDeclaredMediaType(declared: string): MediaType | 'generic' | 'unsupported' {
  const essence = declared.split(';')[0].trim().toLowerCase();
  if (GENERIC_DECLARED.has(essence)) return 'generic';
  return DECLARED_ALIASES[essence] ?? 'unsupported';
}

/** PDF readers accept the %PDF- marker anywhere in the first 1024 bytes; so do we. */
export function findPdfMarker(bytes: Uint8Array): number {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, SNIFF_WINDOW)).indexOf(
    '%PDF-',
    0,
    'latin1',
  );
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);
}

function hasTextBom(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0xef, 0xbb, 0xbf]) || startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]);
}

/** Text = no NUL bytes and (almost) no C0 control characters other than tab, newline, form feed, CR. */
export function looksLikeText(bytes: Uint8Array): boolean {
  if (hasTextBom(bytes)) return true;
  const sample = bytes.subarray(0, 8192);
  let controls = 0;
  for (const b of sample) {
    if (b === 0) return false;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) controls++;
  }
  return controls <= sample.length * 0.01;
}

function looksLikeHtml(head: string): boolean {
  const start = head.replace(/^\uFEFF/, '').replace(/^(\s|<!--[\s\S]*?-->|<\?xml[^>]*>)*/, '');
  return /^<(!doctype\s+html|html|head|body)\b/i.test(start);
}

/**
 * Identifies what the bytes are, from their content first and the file name second. Returns a
 * MediaType for what extractDocument reads, another media type for known binary formats, or
 * application/octet-stream.
 */
export function sniffMediaType(bytes: Uint8Array, fileName?: string): string {
  if (bytes.length === 0) return OCTET_STREAM;
  if (findPdfMarker(bytes) >= 0) return MediaType.Pdf;
  const binary = BINARY_SIGNATURES.find((s) => startsWith(bytes, s.bytes));
  if (binary) return binary.type;
  if (!looksLikeText(bytes)) return OCTET_STREAM;
  const head = decodeText(bytes.subarray(0, SNIFF_WINDOW));
  if (looksLikeHtml(head)) return MediaType.Html;
  if (head.startsWith('{\\rtf')) return 'application/rtf';
  const byName = mediaTypeFromFileName(fileName);
  if (byName === MediaType.Html || byName === MediaType.Markdown) return byName;
  return MediaType.PlainText;
}
