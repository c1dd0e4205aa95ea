import { DataSource } from 'typeorm';
import { documentFolder, loadTosIndex } from './tos-corpus';

export interface StoredCorpusRow {
  document: string;
  recorded: number;
  flaggedNoiseOnly: number;
  flaggedTechnical: number;
  kept: number;
  keptTechnical: number;
  skippedAsNoise: number;
  skippedOther: number;
  predecessor: string | null;
}

/** Per document of the corpus: what index.json records and flags, next to what PostgreSQL holds after the import. */
export async function storedCorpusRows(dataSource: DataSource): Promise<StoredCorpusRow[]> {
  const stored = (await dataSource.query(`
    SELECT s.name || '/' || d.type AS folder,
           (SELECT count(*)::int FROM tos_versions v WHERE v.document_id = d.id) AS kept,
           (SELECT count(*)::int FROM tos_versions v WHERE v.document_id = d.id AND v.kind = 'technical') AS kept_technical,
           (SELECT count(*)::int FROM tos_snapshots n WHERE n.document_id = d.id AND n.outcome = 'noise') AS noise,
           (SELECT count(*)::int FROM tos_snapshots n WHERE n.document_id = d.id AND n.outcome NOT IN ('noise', 'stored')) AS other,
           (SELECT ps.name || '/' || p.type FROM tos_documents p JOIN tos_services ps ON ps.id = p.service_id WHERE p.id = d.predecessor_id) AS predecessor
    FROM tos_documents d JOIN tos_services s ON s.id = d.service_id`)) as {
    folder: string;
    kept: number;
    kept_technical: number;
    noise: number;
    other: number;
    predecessor: string | null;
  }[];
  const byFolder = new Map(stored.map((r) => [r.folder, r]));
  return loadTosIndex().map((doc) => {
    const folder = documentFolder(doc);
    const row = byFolder.get(folder);
    return {
      document: folder,
      recorded: doc.versions.length,
      flaggedNoiseOnly: doc.versions.filter((v) => v.noiseOnly).length,
      flaggedTechnical: doc.versions.filter((v) => v.recordKind === 'technical').length,
      kept: row?.kept ?? 0,
      keptTechnical: row?.kept_technical ?? 0,
      skippedAsNoise: row?.noise ?? 0,
      skippedOther: row?.other ?? 0,
      predecessor: row?.predecessor ?? null,
    };
  });
}

export function formatStoredCorpusTable(rows: readonly StoredCorpusRow[]): string {
  const head =
    '| Document | Recorded | Flagged noiseOnly | Flagged technical | Kept | of which technical | Skipped as noise | Skipped (error page, no clause change) | Continues |\n' +
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n';
  const body = rows
    .map(
      (r) =>
        `| ${r.document} | ${r.recorded} | ${r.flaggedNoiseOnly} | ${r.flaggedTechnical} | ${r.kept} | ${r.keptTechnical} | ${r.skippedAsNoise} | ${r.skippedOther} | ${r.predecessor ?? ''} |`,
    )
    .join('\n');
  const sum = (f: (r: StoredCorpusRow) => number): number => rows.reduce((n, r) => n + f(r), 0);
  const total =
    `| **All ${rows.length} documents** | ${sum((r) => r.recorded)} | ${sum((r) => r.flaggedNoiseOnly)} | ${sum((r) => r.flaggedTechnical)} | ` +
    `${sum((r) => r.kept)} | ${sum((r) => r.keptTechnical)} | ${sum((r) => r.skippedAsNoise)} | ${sum((r) => r.skippedOther)} | |`;
  return `${head}${body}\n${total}\n`;
}
