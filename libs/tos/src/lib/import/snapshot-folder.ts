import fs from 'node:fs';
import path from 'node:path';
import { TosError, TosErrorCode } from '../tos-error';

/** One recorded snapshot file of a folder laid out `Service/Document type/<recorded-at>.md`. */
export interface FolderSnapshot {
  recordedAt: Date;
  /** Absolute path of the Markdown file. */
  file: string;
  sourceUrls: string[];
  technical: boolean;
}

export interface FolderDocument {
  service: string;
  provider: string | null;
  documentType: string;
  /** "Service/Document type". */
  folder: string;
  /** Every URL the document was read from, in the order first seen. */
  sourceUrls: string[];
  snapshots: FolderSnapshot[];
}

/** The parts of an Open Terms Archive style `index.json` that the import reads. */
interface IndexDocument {
  service: string;
  provider?: string;
  documentType: string;
  path?: string;
  sourceUrl?: string;
  sourceUrls?: string[];
  versions?: { recordedAt: string; file: string; recordKind?: string; sourceUrls?: string[] }[];
}

/** `2024-02-20T183008Z.md` (the corpus form, colons dropped) or `2024-02-20T18:30:08Z.md`. */
const RECORDED_AT_FILE = /^(\d{4}-\d{2}-\d{2})T(\d{2}):?(\d{2}):?(\d{2}(?:\.\d+)?)Z\.md$/;

export function recordedAtOfFile(name: string): Date | null {
  const m = RECORDED_AT_FILE.exec(name);
  if (!m) return null;
  const date = new Date(`${m[1]}T${m[2]}:${m[3]}:${m[4]}Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

function directories(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
    .map((e) => e.name)
    .sort();
}

function readIndex(dir: string): Map<string, IndexDocument> {
  const file = path.join(dir, 'index.json');
  if (!fs.existsSync(file)) return new Map();
  const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
  if (!Array.isArray(parsed)) return new Map();
  const docs = parsed.filter(
    (d): d is IndexDocument => typeof d?.service === 'string' && typeof d?.documentType === 'string',
  );
  return new Map(docs.map((d) => [`${d.service}/${d.documentType}`, d]));
}

/**
 * Reads the snapshots of a folder laid out `Service/Document type/<recorded-at>.md`. When an
 * `index.json` lies beside them (as in the shared corpus), it gives each document its provider and
 * source URLs and each snapshot its exact recording time, source URLs and whether the recorder
 * marked it `technical`; files it does not list are still read, by their names.
 */
export function readSnapshotFolder(dir: string): FolderDocument[] {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    throw new TosError(TosErrorCode.ImportFolderNotFound, `No folder ${dir}.`, { dir });
  }
  const index = readIndex(dir);
  const documents: FolderDocument[] = [];
  for (const service of directories(dir)) {
    for (const documentType of directories(path.join(dir, service))) {
      const folder = `${service}/${documentType}`;
      const meta = index.get(folder);
      const byFile = new Map(
        (meta?.versions ?? []).map((v, position) => [path.resolve(dir, v.file), { ...v, position }]),
      );
      const snapshots: (FolderSnapshot & { position: number })[] = [];
      for (const name of fs.readdirSync(path.join(dir, service, documentType)).sort()) {
        const file = path.resolve(dir, service, documentType, name);
        const listed = byFile.get(file);
        const recordedAt = listed ? new Date(listed.recordedAt) : recordedAtOfFile(name);
        if (!recordedAt || Number.isNaN(recordedAt.getTime())) continue;
        const position = listed?.position ?? Number.MAX_SAFE_INTEGER;
        snapshots.push({
          recordedAt,
          file,
          sourceUrls: listed?.sourceUrls ?? [],
          technical: listed?.recordKind === 'technical',
          position,
        });
      }
      if (snapshots.length === 0) continue;
      // Time order; snapshots recorded at the same time keep the index's order, else their names'.
      snapshots.sort((a, b) => a.recordedAt.getTime() - b.recordedAt.getTime() || a.position - b.position);
      const urls = [
        ...snapshots.flatMap((s) => s.sourceUrls),
        ...(meta?.sourceUrls ?? []),
        ...(meta?.sourceUrl ? [meta.sourceUrl] : []),
      ];
      documents.push({
        service,
        provider: meta?.provider ?? null,
        documentType,
        folder,
        sourceUrls: [...new Set(urls)],
        snapshots: snapshots.map(({ position: _position, ...snapshot }) => snapshot),
      });
    }
  }
  return documents;
}
