import { Significance } from './timeline-item';

export type MarkerShape = 'circle' | 'triangle' | 'diamond' | 'square' | 'star' | 'triangle-down' | 'hexagon' | 'dot';

export interface TypeGroup {
  key: string;
  label: string;
  shape: MarkerShape;
  color: string;
  pattern: RegExp;
}

// Order matters: the first matching pattern wins ("motion to dismiss" is a motion, not a dismissal).
export const TYPE_GROUPS: readonly TypeGroup[] = [
  {
    key: 'complaint',
    label: 'Complaint / claim',
    shape: 'circle',
    color: '#2563eb',
    pattern: /complaint|petition|claim|^filing$/,
  },
  {
    key: 'motion',
    label: 'Motion / brief',
    shape: 'triangle',
    color: '#d97706',
    pattern: /motion|brief|stipulation|discovery|letter|response|reply/,
  },
  {
    key: 'ruling',
    label: 'Order / opinion / ruling',
    shape: 'diamond',
    color: '#dc2626',
    pattern: /order|opinion|ruling|judgment|decision|injunction|verdict|certification/,
  },
  {
    key: 'hearing',
    label: 'Hearing / trial',
    shape: 'square',
    color: '#7c3aed',
    pattern: /hearing|trial|argument|conference/,
  },
  {
    key: 'resolution',
    label: 'Settlement / dismissal',
    shape: 'star',
    color: '#059669',
    pattern: /settle|dismiss|withdraw/,
  },
  {
    key: 'procedural',
    label: 'Appeal / transfer',
    shape: 'triangle-down',
    color: '#0891b2',
    pattern: /appeal|transfer|consolidat|remand|mdl|stay/,
  },
  { key: 'tos', label: 'Terms-of-service change', shape: 'hexagon', color: '#db2777', pattern: /tos|terms|policy/ },
];
export const OTHER_GROUP: TypeGroup = {
  key: 'other',
  label: 'Other event',
  shape: 'dot',
  color: '#6b7280',
  pattern: /.*/,
};

export function typeGroupOf(type: string): TypeGroup {
  const t = type.toLowerCase().replace(/[_-]+/g, ' ');
  return TYPE_GROUPS.find((g) => g.pattern.test(t)) ?? OTHER_GROUP;
}

export function markerRadius(significance: Significance): number {
  return significance === 'key_ruling' ? 7.5 : significance === 'major_filing' ? 6 : 4.5;
}

const f = (n: number) => Number(n.toFixed(1)).toString();

function polygon(points: [number, number][]): string {
  return points.map(([x, y]) => `${f(x)},${f(y)}`).join(' ');
}

/** SVG element (without closing attributes beyond style) for one marker centred at (cx, cy). */
export function markerSvg(shape: MarkerShape, cx: number, cy: number, r: number, attrs: string): string {
  switch (shape) {
    case 'circle':
      return `<circle cx="${f(cx)}" cy="${f(cy)}" r="${f(r)}" ${attrs}/>`;
    case 'dot':
      return `<circle cx="${f(cx)}" cy="${f(cy)}" r="${f(r * 0.8)}" ${attrs}/>`;
    case 'square': {
      const s = r * 0.85;
      return `<rect x="${f(cx - s)}" y="${f(cy - s)}" width="${f(2 * s)}" height="${f(2 * s)}" ${attrs}/>`;
    }
    case 'diamond':
      return `<polygon points="${polygon([
        [cx, cy - r * 1.2],
        [cx + r * 1.2, cy],
        [cx, cy + r * 1.2],
        [cx - r * 1.2, cy],
      ])}" ${attrs}/>`;
    case 'triangle':
      return `<polygon points="${polygon([
        [cx, cy - r * 1.2],
        [cx + r * 1.1, cy + r * 0.8],
        [cx - r * 1.1, cy + r * 0.8],
      ])}" ${attrs}/>`;
    case 'triangle-down':
      return `<polygon points="${polygon([
        [cx, cy + r * 1.2],
        [cx + r * 1.1, cy - r * 0.8],
        [cx - r * 1.1, cy - r * 0.8],
      ])}" ${attrs}/>`;
    case 'hexagon': {
      const pts: [number, number][] = [];
      for (let i = 0; i < 6; i++)
        pts.push([cx + r * 1.05 * Math.cos((Math.PI / 3) * i), cy + r * 1.05 * Math.sin((Math.PI / 3) * i)]);
      return `<polygon points="${polygon(pts)}" ${attrs}/>`;
    }
    case 'star': {
      const pts: [number, number][] = [];
      for (let i = 0; i < 10; i++) {
        const rr = i % 2 === 0 ? r * 1.3 : r * 0.55;
        const a = -Math.PI / 2 + (Math.PI / 5) * i;
        pts.push([cx + rr * Math.cos(a), cy + rr * Math.sin(a)]);
      }
      return `<polygon points="${polygon(pts)}" ${attrs}/>`;
    }
  }
}
