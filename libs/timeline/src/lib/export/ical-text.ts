/** RFC 5545 §3.3.11 TEXT escaping; other control characters are not allowed and are dropped. */
export function escapeIcalText(s: string): string {
  return (
    s
      .replace(/\r\n|\r|\n/g, '\n')
      .replace(/[\\;,\n]/g, (c) => (c === '\n' ? '\\n' : `\\${c}`))
      // eslint-disable-next-line no-control-regex -- control characters are what this strips
      .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '')
  );
}

/**
 * Folds one content line to at most 75 octets per physical line (RFC 5545 §3.1), breaking only
 * between code points so that no UTF-8 sequence is split, and ends it with CRLF.
 */
export function foldIcalLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8');
    if (octets + size > limit) {
      out.push(current);
      current = ' ';
      octets = 1;
      limit = 75;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n') + '\r\n';
}

/** yyyymmddThhmmssZ from an ISO timestamp; falls back to `fallback` when unparsable. */
export function icalUtcDateTime(iso: string, fallback: Date = new Date()): string {
  const t = Date.parse(iso);
  const d = Number.isNaN(t) ? fallback : new Date(t);
  return d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}
