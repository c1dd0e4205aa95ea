import { placeLabels } from './svg-label-layout';

describe('placeLabels', () => {
  it('puts labels at their markers, alternating sides, without overlaps', () => {
    const placed = placeLabels(
      [
        { x: 100, width: 150, priority: 1 },
        { x: 120, width: 150, priority: 1 },
        { x: 400, width: 150, priority: 1 },
      ],
      0,
      1000,
      2,
    );
    expect(placed[0]).toEqual({ left: 96, row: -1 });
    expect(placed[1]?.row).toBe(1);
    expect(placed[2]).toEqual({ left: 396, row: -1 });
  });

  it('gives important labels the first choice and leaves the rest unlabelled when full', () => {
    const reqs = [0, 1, 2, 3, 4].map((i) => ({ x: 500 + i, width: 200, priority: i === 4 ? 2 : 1 }));
    const placed = placeLabels(reqs, 0, 1000, 1);
    expect(placed[4]?.row).toBe(-1);
    expect(placed.filter((p) => p !== null)).toHaveLength(2);
  });

  it('never lets a leader cross a nearer label, and keeps boxes inside the bounds', () => {
    const reqs = Array.from({ length: 40 }, (_, i) => ({
      x: 20 + ((i * 53) % 900),
      width: 120 + (i % 3) * 40,
      priority: i % 2,
    }));
    const placed = placeLabels(reqs, 0, 950, 3);
    const boxes = placed
      .map((p, i) => (p ? { ...p, right: p.left + reqs[i].width, x: reqs[i].x } : null))
      .filter((b) => b !== null);
    for (const a of boxes) {
      expect(a.left).toBeGreaterThanOrEqual(0);
      expect(a.right).toBeLessThanOrEqual(950);
      expect(a.x).toBeGreaterThanOrEqual(a.left);
      expect(a.x).toBeLessThanOrEqual(a.right);
      for (const b of boxes) {
        if (a === b) continue;
        if (a.row === b.row) expect(a.right <= b.left || b.right <= a.left).toBe(true);
        const nearer = Math.sign(b.row) === Math.sign(a.row) && Math.abs(b.row) < Math.abs(a.row);
        if (nearer) expect(a.x <= b.left || a.x >= b.right).toBe(true);
      }
    }
    expect(boxes.length).toBeGreaterThan(10);
  });
});
