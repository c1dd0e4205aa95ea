// Enumerations written inside one paragraph: "You may not (i) …; (ii) …; or (iii) …".

export interface InlineItem {
  label: string;
  text: string;
}

export interface InlineEnumeration {
  intro: string;
  items: InlineItem[];
  tail: string;
}

interface Marker {
  value: string;
  start: number;
  end: number;
}

const MARKER = /(^|[\s:;,\u2014\u2013])\(([a-z]{1,2}|[ivxlc]{1,6}|\d{1,2}|[A-Z])\)(?=[\s,])/g;
const ROMAN = [
  'i',
  'ii',
  'iii',
  'iv',
  'v',
  'vi',
  'vii',
  'viii',
  'ix',
  'x',
  'xi',
  'xii',
  'xiii',
  'xiv',
  'xv',
  'xvi',
  'xvii',
  'xviii',
  'xix',
  'xx',
];
const SERIES: ((k: number) => string | undefined)[] = [
  (k) => (k < 26 ? String.fromCharCode(97 + k) : undefined),
  (k) => ROMAN[k],
  (k) => String(k + 1),
  (k) => (k < 26 ? String.fromCharCode(65 + k) : undefined),
];
const SENTENCE_END = /[.!?](?=\s+(?:[A-Z\u201C"(]|\*\*)|\s*$)/g;

function findMarkers(text: string): Marker[] {
  const out: Marker[] = [];
  for (const m of text.matchAll(MARKER)) {
    const start = (m.index ?? 0) + m[1].length;
    out.push({ value: m[2], start, end: (m.index ?? 0) + m[0].length });
  }
  return out;
}

function longestSeries(markers: Marker[]): Marker[] {
  let best: Marker[] = [];
  for (const expected of SERIES) {
    const series: Marker[] = [];
    for (const marker of markers) if (marker.value === expected(series.length)) series.push(marker);
    if (
      series.length > best.length ||
      (series.length === best.length && series.length > 0 && series[0].start < best[0].start)
    ) {
      best = series;
    }
  }
  return best.length >= 2 ? best : [];
}

function cleanItem(text: string): string {
  return text
    .replace(/^[\s,;:]+/, '')
    .replace(/[\s,;]*(?:\b(?:and\/or|and|or)\b)?[\s,;]*$/, '')
    .trim();
}

/** Splits a paragraph at an in-line series (a), (b)… / (i), (ii)… / (1), (2)…; null when there is none. */
export function splitInlineEnumeration(text: string): InlineEnumeration | null {
  const series = longestSeries(findMarkers(text));
  if (series.length === 0) return null;
  const last = series[series.length - 1];
  SENTENCE_END.lastIndex = last.end;
  const endMatch = SENTENCE_END.exec(text);
  const lastEnd = endMatch ? endMatch.index + 1 : text.length;
  const items = series.map((marker, k) => {
    const end = k + 1 < series.length ? series[k + 1].start : lastEnd;
    return { label: `(${marker.value})`, text: cleanItem(text.slice(marker.end, end)) };
  });
  return {
    intro: text.slice(0, series[0].start).trim(),
    items,
    tail: text.slice(lastEnd).trim(),
  };
}
