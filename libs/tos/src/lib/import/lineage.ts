import type { FolderDocument } from './snapshot-folder';

/**
 * Continuations that the source URLs do not show, each with the evidence for it. The OpenAI
 * "Business terms" page (corpus: ChatGPT/Platform to Business Notice) has served the OpenAI
 * Services Agreement since 2025-05-31; the tracker then moved to the agreement's own URL
 * (ChatGPT/Commercial Terms, first recorded 2025-07-31 with the same text).
 */
export const KNOWN_CONTINUATIONS: readonly { from: string; to: string; note: string }[] = [
  {
    from: 'ChatGPT/Platform to Business Notice',
    to: 'ChatGPT/Commercial Terms',
    note: 'the Business Terms URL served the OpenAI Services Agreement from 2025-05-31; the agreement then moved to its own URL',
  },
];

export interface Continuation {
  predecessor: string;
  note: string;
}

/** Comparison form of a source URL: no scheme, no "www.", no trailing slash, lower case. */
export function sameSourceUrl(url: string): string {
  return url
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\/(?:www\.)?/, '')
    .replace(/[?#].*$/, '')
    .replace(/\/+$/, '');
}

const first = <T>(items: readonly T[]): T => items[0];
const last = <T>(items: readonly T[]): T => items[items.length - 1];

/**
 * Which document continues which, by the lineage rule of docs/tos.md: B continues A when both have
 * the same document type and provider, A's recording ended before B's began, and A's last snapshot
 * was read from a URL that B's first snapshot was read from. When several documents qualify, B
 * continues the one whose recording ended last. Known continuations (KNOWN_CONTINUATIONS) are added
 * when both documents are present. Keys are document folders ("Service/Document type").
 */
export function inferLineage(documents: readonly FolderDocument[]): Map<string, Continuation> {
  const lineage = new Map<string, Continuation>();
  const urlsOf = (urls: readonly string[]) => new Set(urls.map(sameSourceUrl));
  for (const b of documents) {
    const start = first(b.snapshots).recordedAt.getTime();
    const firstUrls = urlsOf(first(b.snapshots).sourceUrls);
    const candidates = documents.filter((a) => {
      if (a === b || a.documentType !== b.documentType || (a.provider ?? a.service) !== (b.provider ?? b.service))
        return false;
      if (last(a.snapshots).recordedAt.getTime() >= start) return false;
      return last(a.snapshots).sourceUrls.some((url) => firstUrls.has(sameSourceUrl(url)));
    });
    if (candidates.length === 0) continue;
    const chosen = candidates.reduce((x, y) => (last(y.snapshots).recordedAt > last(x.snapshots).recordedAt ? y : x));
    const shared = last(chosen.snapshots).sourceUrls.find((url) => firstUrls.has(sameSourceUrl(url)));
    lineage.set(b.folder, {
      predecessor: chosen.folder,
      note: `same source URL (${shared}) and document type, recorded after it`,
    });
  }
  const folders = new Set(documents.map((d) => d.folder));
  for (const known of KNOWN_CONTINUATIONS) {
    if (folders.has(known.from) && folders.has(known.to) && !lineage.has(known.to)) {
      lineage.set(known.to, { predecessor: known.from, note: known.note });
    }
  }
  return lineage;
}

/** Documents ordered so that every predecessor comes before the documents that continue it. */
export function predecessorsFirst(
  documents: readonly FolderDocument[],
  lineage: ReadonlyMap<string, Continuation>,
): FolderDocument[] {
  const byFolder = new Map(documents.map((d) => [d.folder, d]));
  const ordered: FolderDocument[] = [];
  const placed = new Set<string>();
  const visit = (doc: FolderDocument, path: Set<string>): void => {
    if (placed.has(doc.folder) || path.has(doc.folder)) return;
    path.add(doc.folder);
    const predecessor = byFolder.get(lineage.get(doc.folder)?.predecessor ?? '');
    if (predecessor) visit(predecessor, path);
    placed.add(doc.folder);
    ordered.push(doc);
  };
  for (const doc of documents) visit(doc, new Set());
  return ordered;
}
