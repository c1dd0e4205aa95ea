export interface LabelRequest {
  /** Marker x. */
  x: number;
  width: number;
  /** Higher goes first and so gets the nearest free row. */
  priority: number;
}

export interface PlacedLabel {
  /** Left edge of the label box. */
  left: number;
  /** Negative rows are above the lane's marker line, positive below (1 = nearest). */
  row: number;
}

const GAP = 8;
const LEADER_CLEARANCE = 3;
const INSET = 4;
const MAX_SHADOW_CANDIDATES = 64;

interface Box {
  left: number;
  right: number;
}

/**
 * Places label boxes in rows alternating above and below a lane's marker line; important labels go
 * first. A box must span its marker's x (the vertical leader line meets it), preferably starting at
 * the marker. A row is usable when a position exists where the box overlaps no box in that row and
 * covers no leader already drawn to a farther row, and the new leader crosses no box in the nearer
 * rows. Labels with no usable row get null: unlabelled rather than printed over another.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  minX: number,
  maxX: number,
  rowsPerSide: number,
): (PlacedLabel | null)[] {
  const rows: number[] = [];
  for (let k = 1; k <= rowsPerSide; k++) rows.push(-k, k);
  const boxes = new Map<number, Box[]>(rows.map((r) => [r, []]));
  const leaders: { x: number; row: number }[] = [];
  const result: (PlacedLabel | null)[] = requests.map(() => null);

  const markerXs = requests.map((r) => r.x).sort((a, b) => a - b);
  const order = requests
    .map((_, i) => i)
    .sort((a, b) => requests[b].priority - requests[a].priority || requests[a].x - requests[b].x);
  for (const i of order) {
    const req = requests[i];
    for (const row of rows) {
      if (leaderBlocked(req.x, row, boxes)) continue;
      const left = bestLeft(req, row, boxes, leaders, minX, maxX, markerXs);
      if (left === null) continue;
      boxes.get(row)?.push({ left, right: left + req.width });
      leaders.push({ x: req.x, row });
      result[i] = { left, row };
      break;
    }
  }
  return result;
}

function leaderBlocked(x: number, row: number, boxes: Map<number, Box[]>): boolean {
  for (let k = 1; k < Math.abs(row); k++) {
    if (
      (boxes.get(Math.sign(row) * k) ?? []).some((b) => x > b.left - LEADER_CLEARANCE && x < b.right + LEADER_CLEARANCE)
    )
      return true;
  }
  return false;
}

/**
 * A free left edge, or null. Prefers boxes that shade as few other labelled markers as possible
 * (a box over a marker blocks its leader from the rows beyond), then "starts at the marker".
 */
function bestLeft(
  req: LabelRequest,
  row: number,
  boxes: Map<number, Box[]>,
  leaders: { x: number; row: number }[],
  minX: number,
  maxX: number,
  markerXs: number[],
): number | null {
  const w = req.width;
  let lo = Math.max(minX, req.x + INSET - w);
  let hi = Math.min(maxX - w, req.x - INSET);
  if (lo > hi) lo = hi = Math.max(minX, Math.min(req.x - INSET, maxX - w));
  const preferred = Math.min(hi, Math.max(lo, req.x - INSET));
  // Open intervals of forbidden left edges.
  const forbidden: [number, number][] = (boxes.get(row) ?? []).map((b) => [b.left - GAP - w, b.right + GAP]);
  for (const l of leaders) {
    if (Math.sign(l.row) === Math.sign(row) && Math.abs(l.row) > Math.abs(row))
      forbidden.push([l.x - LEADER_CLEARANCE - w, l.x + LEADER_CLEARANCE]);
  }
  const near = forbidden.filter(([a, b]) => b >= lo && a <= hi);
  const nearby = markerXs.slice(
    lowerBound(markerXs, lo - LEADER_CLEARANCE),
    lowerBound(markerXs, hi + w + LEADER_CLEARANCE + 1e-9),
  );
  // In a thick cluster every position shades something; trying each gap would only cost time.
  const shadowEdges =
    nearby.length > MAX_SHADOW_CANDIDATES
      ? []
      : nearby.filter((m) => m !== req.x).flatMap((m) => [m + LEADER_CLEARANCE, m - LEADER_CLEARANCE - w]);
  const candidates = [preferred, lo, hi, ...near.flat(), ...shadowEdges].filter((c) => c >= lo && c <= hi);
  const free = candidates.filter((c) => !near.some(([a, b]) => c > a && c < b));
  if (!free.length) return null;
  const score = (c: number) =>
    countInRange(markerXs, c - LEADER_CLEARANCE, c + w + LEADER_CLEARANCE) * 10_000 + Math.abs(c - preferred);
  return free.reduce((best, c) => (score(c) < score(best) ? c : best));
}

/** Number of sorted values in the closed range [a, b]. */
function countInRange(sorted: number[], a: number, b: number): number {
  return lowerBound(sorted, b + 1e-9) - lowerBound(sorted, a);
}

function lowerBound(sorted: number[], v: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
