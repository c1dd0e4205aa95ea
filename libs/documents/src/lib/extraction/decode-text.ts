import { stripUnsafeText } from '@casetrail/core';

// Windows-1252 differs from Latin-1 only in 0x80-0x9F. Node's TextDecoder('windows-1252') decodes
// those bytes as Latin-1 control characters, so the table is spelled out here (0 = undefined byte).
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0, 0,
  0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

function decodeCp1252(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) {
    const mapped = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : b;
    out += String.fromCharCode(mapped || b);
  }
  return out;
}

/**
 * Decodes text bytes: BOM first (UTF-8/UTF-16), then strict UTF-8, else Windows-1252. NUL
 * characters and lone surrogates (UTF-16 input) are dropped: content PostgreSQL cannot store.
 */
export function decodeText(bytes: Uint8Array): string {
  return stripUnsafeText(decodeRaw(bytes));
}

function decodeRaw(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeCp1252(bytes);
  }
}
