import { markerRadius, markerSvg, TypeGroup } from './svg-markers';
import { placeLabels } from './svg-label-layout';
import { escapeXml as x, estimateTextWidth, wrapText } from './svg-text';
import { shortDate, TimeScale } from './svg-time-scale';
import { Significance } from './timeline-item';

/** What the drawing keeps of an item. */
export interface Mark {
  t: number;
  date: string;
  id: string;
  title: string;
  type: string;
  group: TypeGroup;
  significance: Significance;
  entry: string | null;
}

export interface Lane {
  slug: string;
  name: string;
  court: string | null;
  docket: string | null;
  marks: Mark[];
}

export interface LaneGeometry {
  top: number;
  width: number;
  gutterLeft: number;
  gutterWidth: number;
  labelRight: number;
  rowsPerSide: number;
}

export interface LaneDrawing {
  parts: string[];
  height: number;
  unlabelled: number;
}

export const LABEL_FONT = 11;
export const DATE_FONT = 9.5;
const LABEL_W = 185;
const LINE_H = 13;
const ROW_H = 2 * LINE_H + 6;
const CLEAR = 11;
const MAX_CANDIDATES = 300;
const RANK: Record<Significance, number> = { routine: 0, major_filing: 1, key_ruling: 2 };
const f = (n: number) => Number(n.toFixed(1)).toString();

interface Label {
  mark: Mark;
  date: string;
  lines: string[];
  width: number;
  height: number;
}

function makeLabel(mark: Mark): Label {
  const date = shortDate(mark.t).replace(/, \d+$/, '');
  const dateW = estimateTextWidth(date, DATE_FONT) + 5;
  const lines = wrapText(mark.title, LABEL_W, LABEL_FONT, 2, false, LABEL_W - dateW);
  const width =
    Math.max(dateW + estimateTextWidth(lines[0] ?? '', LABEL_FONT), estimateTextWidth(lines[1] ?? '', LABEL_FONT)) + 6;
  return { mark, date, lines, width, height: lines.length * LINE_H + 4 };
}

/**
 * Key marks that may get a label. A lane can only show a few dozen labels, so past MAX_CANDIDATES
 * the most significant are kept, thinned evenly over time, to keep layout time bounded.
 */
function labelCandidates(marks: Mark[]): Mark[] {
  const key = marks.filter((m) => m.significance !== 'routine');
  if (key.length <= MAX_CANDIDATES) return key;
  const picked: Mark[] = [];
  for (const level of ['key_ruling', 'major_filing'] as const) {
    const atLevel = key.filter((m) => m.significance === level).sort((a, b) => a.t - b.t);
    const room = MAX_CANDIDATES - picked.length;
    const step = Math.max(1, atLevel.length / Math.max(room, 1));
    for (let i = 0; i < atLevel.length && picked.length < MAX_CANDIDATES; i += step)
      picked.push(atLevel[Math.floor(i)]);
  }
  return picked;
}

function tooltip(m: Mark): string {
  return `${m.date} · ${m.title}${m.entry ? ` (ECF ${m.entry})` : ''} · ${m.type}`;
}

/** Marker x per mark; marks sharing a day in a lane are spread a little so each stays visible. */
function markerPositions(marks: Mark[], scale: TimeScale): Map<Mark, number> {
  const byDay = new Map<number, Mark[]>();
  for (const m of marks) {
    const group = byDay.get(m.t);
    if (group) group.push(m);
    else byDay.set(m.t, [m]);
  }
  const xs = new Map<Mark, number>();
  for (const [t, group] of byDay) {
    const step = group.length > 1 ? Math.min(9, 36 / (group.length - 1)) : 0;
    group.forEach((m, i) => xs.set(m, scale.x(t) + (i - (group.length - 1) / 2) * step));
  }
  return xs;
}

function gutterText(
  lane: Lane,
  g: LaneGeometry,
  laneHeight: (gutterH: number) => number,
): { parts: string[]; height: number } {
  const nameLines = wrapText(lane.name, g.gutterWidth, 13, 2, true);
  const metaLines = [lane.docket, lane.court]
    .filter((s): s is string => !!s)
    .flatMap((s) => wrapText(s, g.gutterWidth, 10.5, 1));
  const gutterH = nameLines.length * 16 + metaLines.length * 14 + 12;
  const height = laneHeight(gutterH);
  const y = g.top + (height - gutterH) / 2 + 17;
  const tspans = [
    ...nameLines.map((l, i) => `<tspan class="lane-name" x="${g.gutterLeft}" dy="${i ? 16 : 0}">${x(l)}</tspan>`),
    ...metaLines.map(
      (l) => `<tspan class="lane-meta" x="${g.gutterLeft}" dy="${nameLines.length ? 15 : 0}">${x(l)}</tspan>`,
    ),
  ];
  return { parts: [`<text x="${g.gutterLeft}" y="${f(y)}">${tspans.join('')}</text>`], height };
}

export function drawLane(lane: Lane, g: LaneGeometry, scale: TimeScale): LaneDrawing {
  const xs = markerPositions(lane.marks, scale);
  const labels = labelCandidates(lane.marks).map(makeLabel);
  const requests = labels.map((l) => ({
    x: xs.get(l.mark) ?? scale.x(l.mark.t),
    width: l.width,
    priority: RANK[l.mark.significance],
  }));
  const placed = placeLabels(requests, scale.x0 - 8, g.labelRight, g.rowsPerSide);
  const above = Math.max(0, ...placed.map((p) => (p && p.row < 0 ? -p.row : 0)));
  const below = Math.max(0, ...placed.map((p) => (p && p.row > 0 ? p.row : 0)));
  const plotH = 2 * CLEAR + 12 + (above + below) * ROW_H;
  const gutter = gutterText(lane, g, (gutterH) => Math.max(gutterH, plotH));
  const height = gutter.height;
  const markerY = g.top + (height - plotH) / 2 + 6 + above * ROW_H + CLEAR;

  const parts = [`<g class="lane" data-case="${x(lane.slug)}">`, ...gutter.parts];
  parts.push(`<line class="lane-line" x1="${f(scale.x0)}" y1="${f(markerY)}" x2="${f(scale.x1)}" y2="${f(markerY)}"/>`);

  let unlabelled = lane.marks.filter((m) => m.significance !== 'routine').length - labels.length;
  labels.forEach((label, i) => {
    const p = placed[i];
    if (!p) {
      unlabelled++;
      return;
    }
    const mx = requests[i].x;
    const r = markerRadius(label.mark.significance) * 1.2;
    const k = Math.abs(p.row) - 1;
    const boxTop = p.row < 0 ? markerY - CLEAR - k * ROW_H - label.height : markerY + CLEAR + k * ROW_H;
    const leaderTo = p.row < 0 ? boxTop + label.height : boxTop;
    parts.push(
      `<line class="leader" x1="${f(mx)}" y1="${f(markerY + Math.sign(p.row) * r)}" x2="${f(mx)}" y2="${f(leaderTo)}"/>`,
    );
    parts.push(
      `<rect class="label-bg" x="${f(p.left)}" y="${f(boxTop)}" width="${f(label.width)}" height="${f(label.height)}" rx="2"/>`,
    );
    const spans = label.lines.map((line, j) =>
      j === 0
        ? `<tspan class="label-date">${x(label.date)}</tspan> ${x(line)}`
        : `<tspan x="${f(p.left + 3)}" dy="${LINE_H}">${x(line)}</tspan>`,
    );
    parts.push(`<text class="label" x="${f(p.left + 3)}" y="${f(boxTop + 11)}">${spans.join('')}</text>`);
  });

  // Routine markers first so that key ones are drawn on top.
  const ordered = [...lane.marks].sort((a, b) => RANK[a.significance] - RANK[b.significance] || a.t - b.t);
  for (const m of ordered) {
    const cls = m.significance === 'routine' ? 'mk' : 'mk mk-key';
    const shape = markerSvg(
      m.group.shape,
      xs.get(m) ?? scale.x(m.t),
      markerY,
      markerRadius(m.significance),
      `class="${cls}" fill="${m.group.color}"`,
    );
    parts.push(`<g data-id="${x(m.id)}" data-type="${x(m.type)}"><title>${x(tooltip(m))}</title>${shape}</g>`);
  }
  parts.push('</g>');
  return { parts, height, unlabelled };
}
