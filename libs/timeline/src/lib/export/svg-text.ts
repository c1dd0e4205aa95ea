/** Escapes text for XML content and attribute values, dropping characters XML 1.0 forbids. */
export function escapeXml(s: string): string {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    if (
      (cp < 0x20 && cp !== 0x09 && cp !== 0x0a && cp !== 0x0d) ||
      (cp >= 0xd800 && cp <= 0xdfff) ||
      cp === 0xfffe ||
      cp === 0xffff
    )
      continue;
    switch (ch) {
      case '&':
        out += '&amp;';
        break;
      case '<':
        out += '&lt;';
        break;
      case '>':
        out += '&gt;';
        break;
      case '"':
        out += '&quot;';
        break;
      case "'":
        out += '&apos;';
        break;
      default:
        out += ch;
    }
  }
  return out;
}

const NARROW = new Set("ijlI.,:;'|!()[]{}f t`\u2019\u2018");
const WIDE = new Set('mwMW@%—');

/**
 * Rough rendered width of sans-serif text in px. Deliberately generous (closer to DejaVu Sans than
 * Helvetica) because the viewer's font is unknown and overlap is worse than slack.
 */
export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp >= 0x2e80) em += 1.0;
    else if (NARROW.has(ch)) em += 0.33;
    else if (WIDE.has(ch)) em += 0.9;
    else if (ch >= 'A' && ch <= 'Z') em += 0.7;
    else if (ch >= '0' && ch <= '9') em += 0.62;
    else em += 0.6;
  }
  return em * fontSize * (bold ? 1.08 : 1);
}

export function truncateToWidth(text: string, maxWidth: number, fontSize: number, bold = false): string {
  if (estimateTextWidth(text, fontSize, bold) <= maxWidth) return text;
  const chars = [...text];
  while (chars.length > 1 && estimateTextWidth(chars.join('') + '…', fontSize, bold) > maxWidth) chars.pop();
  return chars.join('').trimEnd() + '…';
}

/**
 * Greedy word wrap into at most maxLines lines; the last line is truncated with an ellipsis.
 * firstLineWidth leaves room for something printed before the first line.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  fontSize: number,
  maxLines: number,
  bold = false,
  firstLineWidth = maxWidth,
): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current = '';
  const widthOf = (line: number) => (line === 0 ? firstLineWidth : maxWidth);
  for (let i = 0; i < words.length; i++) {
    const candidate = current ? `${current} ${words[i]}` : words[i];
    if (!current || estimateTextWidth(candidate, fontSize, bold) <= widthOf(lines.length)) {
      current = candidate;
      continue;
    }
    if (lines.length === maxLines - 1) {
      current = `${current} ${words.slice(i).join(' ')}`;
      break;
    }
    lines.push(current);
    current = words[i];
  }
  if (current) lines.push(current);
  return lines.map((l, i) => truncateToWidth(l, widthOf(i), fontSize, bold));
}
