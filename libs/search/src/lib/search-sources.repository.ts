import { DataSource } from 'typeorm';

/** The SQL SearchService needs beyond TypeORM's repositories: reads of the terms-of-service tables. */

/** Every clause key any version of a terms-of-service document ever had (to drop the clauses gone since). */
export async function clauseKeysEverRecorded(dataSource: DataSource, documentId: string): Promise<string[]> {
  const rows = (await dataSource.query(
    `SELECT DISTINCT c.key FROM tos_clauses c JOIN tos_versions v ON v.id = c.version_id WHERE v.document_id = $1`,
    [documentId],
  )) as { key: string }[];
  return rows.map((row) => row.key);
}

/** The terms-of-service documents with at least one recorded version. */
export async function recordedTosDocumentIds(dataSource: DataSource): Promise<string[]> {
  const rows = (await dataSource.query(`SELECT DISTINCT document_id FROM tos_versions`)) as { document_id: string }[];
  return rows.map((row) => row.document_id);
}
