import { Readable } from 'node:stream';
import { parseIsoDate } from './iso-date';
import { drawLane, Lane, LABEL_FONT, DATE_FONT, Mark } from './svg-lane';
import { markerSvg, OTHER_GROUP, TYPE_GROUPS, TypeGroup, typeGroupOf } from './svg-markers';
import { escapeXml as x, estimateTextWidth, truncateToWidth } from './svg-text';
import { shortDate, TimeScale } from './svg-time-scale';
import { textStream } from './text-stream';
import { TimelineItem, TimelineMeta } from './timeline-item';

export interface SvgExportOptions {
  /** Drawing width in px; default 1200. */
  width?: number;
  /** Label rows available above and below each lane's marker line; default 3. */
  labelRowsPerSide?: number;
}

const M = 24;
const GUTTER = 230;
const f = (n: number) => Number(n.toFixed(1)).toString();

const STYLE = `
text{font-family:'Helvetica Neue',Helvetica,Arial,'Liberation Sans','DejaVu Sans',sans-serif,'Noto Color Emoji','Apple Color Emoji','Segoe UI Emoji';fill:#1f2933}
.title{font-size:20px;font-weight:700}.sub{font-size:12px;fill:#52606d}
.lane-name{font-size:13px;font-weight:700}.lane-meta{font-size:10.5px;fill:#616e7c}
.tick{font-size:11px;fill:#52606d}.tick-major{font-weight:700;fill:#323f4b}
.label{font-size:${LABEL_FONT}px}.label-date{font-size:${DATE_FONT}px;fill:#616e7c}
.legend{font-size:11.5px}.note{font-size:11px;fill:#616e7c}
.grid{stroke:#e4e7eb;stroke-width:1}.grid-major{stroke:#cbd2d9}.axis{stroke:#7b8794;stroke-width:1}
.lane-line{stroke:#cbd2d9;stroke-width:1.5}.leader{stroke:#9aa5b1;stroke-width:0.8}
.label-bg{fill:#fff;fill-opacity:0.88;stroke:#e4e7eb;stroke-width:0.6}.mk{stroke:#fff;stroke-width:1.2}.mk-key{stroke:#111827;stroke-width:1.4}`;

function laneOrder(meta: TimelineMeta, marksBySlug: Map<string, Lane>): Lane[] {
  const lanes: Lane[] = [];
  for (const c of meta.cases) {
    const lane = marksBySlug.get(c.slug);
    lanes.push({ slug: c.slug, name: c.name, court: c.court, docket: c.docketNumber, marks: lane?.marks ?? [] });
    marksBySlug.delete(c.slug);
  }
  return [...lanes, ...marksBySlug.values()];
}

async function collect(meta: TimelineMeta, items: AsyncIterable<TimelineItem>): Promise<Lane[]> {
  const bySlug = new Map<string, Lane>();
  for await (const i of items) {
    const mark: Mark = {
      t: parseIsoDate(i.date, i.id),
      date: i.date,
      id: i.id,
      title: i.title.slice(0, 400),
      type: i.type,
      group: typeGroupOf(i.type),
      significance: i.significance,
      entry: i.entryNumber,
    };
    let lane = bySlug.get(i.caseSlug);
    if (!lane) {
      lane = { slug: i.caseSlug, name: i.caseName, court: i.court, docket: i.docketNumber, marks: [] };
      bySlug.set(i.caseSlug, lane);
    }
    lane.marks.push(mark);
  }
  return laneOrder(meta, bySlug);
}

function* drawAxis(scale: TimeScale, top: number, bottom: number): Generator<string> {
  for (const tick of scale.ticks(90)) {
    const tx = scale.x(tick.t);
    yield `<line class="grid${tick.major ? ' grid-major' : ''}" x1="${f(tx)}" y1="${f(top)}" x2="${f(tx)}" y2="${f(bottom)}"/>`;
    yield `<line class="axis" x1="${f(tx)}" y1="${f(bottom)}" x2="${f(tx)}" y2="${f(bottom + 5)}"/>`;
    yield `<text class="tick${tick.major ? ' tick-major' : ''}" x="${f(tx)}" y="${f(bottom + 18)}" text-anchor="middle">${x(tick.label)}</text>`;
  }
  yield `<line class="axis" x1="${f(scale.x0)}" y1="${f(bottom)}" x2="${f(scale.x1)}" y2="${f(bottom)}"/>`;
}

function drawLegend(
  groups: TypeGroup[],
  top: number,
  width: number,
  unlabelled: number,
): { parts: string[]; bottom: number } {
  let lx = M;
  let ly = top + 10;
  const parts = ['<g class="legend-box">'];
  const entries: { draw: (cx: number, cy: number) => string; label: string }[] = groups.map((g) => ({
    draw: (cx, cy) => markerSvg(g.shape, cx, cy, 6, `class="mk" fill="${g.color}"`),
    label: g.label,
  }));
  entries.push({
    draw: (cx, cy) => markerSvg('circle', cx, cy, 6.5, 'class="mk mk-key" fill="#ffffff"'),
    label: 'Key ruling / major filing (labelled)',
  });
  for (const e of entries) {
    const w = 22 + estimateTextWidth(e.label, 11.5) + 22;
    if (lx + w > width - M) {
      lx = M;
      ly += 22;
    }
    parts.push(e.draw(lx + 7, ly), `<text class="legend" x="${f(lx + 20)}" y="${f(ly + 4)}">${x(e.label)}</text>`);
    lx += w;
  }
  if (unlabelled > 0) {
    ly += 22;
    parts.push(
      `<text class="note" x="${M}" y="${f(ly + 4)}">${unlabelled} key event${unlabelled === 1 ? '' : 's'} left unlabelled for lack of room; every marker has a tooltip.</text>`,
    );
  }
  parts.push('</g>');
  return { parts, bottom: ly + 14 };
}

/**
 * Draws one lane per case on a shared date axis. The drawing needs the full date range before
 * anything is placed, so items are collected first (as slim records); the SVG text is then streamed.
 */
export function exportSvg(
  meta: TimelineMeta,
  items: AsyncIterable<TimelineItem>,
  options: SvgExportOptions = {},
): Readable {
  const width = Math.max(600, Math.round(options.width ?? 1200));
  const rowsPerSide = Math.max(1, options.labelRowsPerSide ?? 3);
  async function* chunks(): AsyncGenerator<string> {
    const lanes = await collect(meta, items);
    const all = lanes.flatMap((l) => l.marks.map((m) => m.t));
    const count = all.length;
    const minT = count ? all.reduce((a, b) => Math.min(a, b)) : Date.now();
    const maxT = count ? all.reduce((a, b) => Math.max(a, b)) : minT;
    const scale = new TimeScale(minT, maxT, M + GUTTER, width - M - 10);
    const subtitle = count
      ? `${count} event${count === 1 ? '' : 's'} · ${shortDate(minT)} – ${shortDate(maxT)} · generated ${meta.generatedAt}`
      : `No events · generated ${meta.generatedAt}`;

    // Lanes are drawn into a buffer per lane so that the total height is known for the root element.
    const backgrounds: string[] = [];
    const body: string[] = [];
    let y = 78;
    let unlabelled = 0;
    lanes.forEach((lane, i) => {
      const d = drawLane(
        lane,
        { top: y, width, gutterLeft: M, gutterWidth: GUTTER - 20, labelRight: width - M, rowsPerSide },
        scale,
      );
      if (i % 2 === 0)
        backgrounds.push(`<rect x="0" y="${f(y)}" width="${width}" height="${f(d.height)}" fill="#f5f7fa"/>`);
      body.push(...d.parts);
      y += d.height;
      unlabelled += d.unlabelled;
    });
    const lanesBottom = y;
    const used = new Set(lanes.flatMap((l) => l.marks.map((m) => m.group.key)));
    const groups = [...TYPE_GROUPS, OTHER_GROUP].filter((g) => used.has(g.key));
    const legend = drawLegend(groups, lanesBottom + 36, width, unlabelled);
    const height = Math.ceil(legend.bottom + M);

    yield `<?xml version="1.0" encoding="UTF-8"?>\n`;
    yield `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="tl-title tl-desc">\n`;
    yield `<title id="tl-title">${x(meta.title)}</title>\n<desc id="tl-desc">${x(subtitle)}</desc>\n<style>${STYLE}\n</style>\n`;
    yield `<rect width="100%" height="100%" fill="#ffffff"/>\n`;
    yield `<text class="title" x="${M}" y="${M + 12}">${x(truncateToWidth(meta.title, width - 2 * M, 20, true))}</text>\n`;
    yield `<text class="sub" x="${M}" y="${M + 32}">${x(subtitle)}</text>\n`;
    for (const bg of backgrounds) yield bg + '\n';
    if (count) yield* drawAxis(scale, 70, lanesBottom + 4);
    for (const part of body) yield part + '\n';
    yield legend.parts.join('\n');
    yield `\n</svg>\n`;
  }
  return textStream(chunks());
}
