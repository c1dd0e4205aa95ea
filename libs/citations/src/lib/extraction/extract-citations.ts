import { resolveAntecedents } from './antecedents';
import { extractIds, extractSupras } from './back-references';
import { extractCaseCitations } from './case-citations';
import { extractDockets, extractEcfReferences } from './docket-citations';
import { CitationError, CitationErrorCode } from '../citations-error';
import { extractBareSections } from './bare-sections';
import { extractCodeCitations } from './statute-citations';
import { pageAt } from './text-scan';
import type { Citation, ExtractOptions } from './types';

/** Citations sharing one span (a statute group "§§ 101, 102") compete for the text together. */
interface Group {
  start: number;
  end: number;
  rank: number;
  items: Citation[];
}

function groupBySpan(list: Citation[], rank: number, into: Group[]): void {
  let current: Group | undefined;
  for (const c of list) {
    if (current && current.start === c.span.start && current.end === c.span.end) {
      current.items.push(c);
      continue;
    }
    current = { start: c.span.start, end: c.span.end, rank, items: [c] };
    into.push(current);
  }
}

/** Longest match wins; at equal length the lower rank (more specific extractor) wins. */
function dropOverlaps(groups: Group[]): Group[] {
  const byPreference = [...groups].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.rank - b.rank || a.start - b.start,
  );
  const kept: Group[] = [];
  for (const g of byPreference) {
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (kept[mid].start < g.start) lo = mid + 1;
      else hi = mid;
    }
    const before = kept[lo - 1];
    const after = kept[lo];
    if ((before && before.end > g.start) || (after && after.start < g.end)) continue;
    kept.splice(lo, 0, g);
  }
  return kept;
}

function checkPageOffsets(offsets: readonly number[]): void {
  offsets.forEach((o, i) => {
    if (!Number.isInteger(o) || o < 0 || (i > 0 && o < offsets[i - 1])) {
      throw new CitationError(
        CitationErrorCode.InvalidPageOffsets,
        'page offsets must be ascending non-negative integers',
        {
          index: i,
          offset: o,
        },
      );
    }
  });
}

/**
 * Finds case, statute, regulation, docket and ECF citations plus short forms, Id. and supra in
 * `text`, ordered by position. Short forms, Id. and supra point at their full citation through
 * `antecedentIndex` (an index into the returned array) and share its key.
 */
export function extractCitations(text: string, opts: ExtractOptions = {}): Citation[] {
  if (opts.pageOffsets) checkPageOffsets(opts.pageOffsets);
  const groups: Group[] = [];
  groupBySpan(extractCodeCitations(text), 0, groups);
  groupBySpan(extractCaseCitations(text), 1, groups);
  groupBySpan(extractEcfReferences(text), 2, groups);
  groupBySpan(extractDockets(text), 3, groups);
  groupBySpan(extractIds(text), 4, groups);
  groupBySpan(extractSupras(text), 5, groups);
  groupBySpan(extractBareSections(text), 6, groups);
  const list = dropOverlaps(groups).flatMap((g) => g.items);
  resolveAntecedents(list);
  const offsets = opts.pageOffsets;
  if (offsets && offsets.length > 0) for (const c of list) c.page = pageAt(offsets, c.span.start);
  return list;
}
