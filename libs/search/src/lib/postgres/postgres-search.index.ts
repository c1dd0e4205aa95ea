import { DataSource } from 'typeorm';
import { assertValidIds, SearchDocument, SearchKind } from '../search-document';
import { SearchError, SearchErrorCode } from '../search-error';
import { SearchIndex } from '../search-index.port';
import { Facet, SearchHit, SearchQuery, SearchResult, SearchSort } from '../search-query';
import { MARK_END, MARK_START, renderSnippet, stripMarkers } from '../snippet';
import { filterClauses, SqlParams } from './filter-sql';
import { rebuildQuery, tokenizeQuery } from './typo-correction';

const FACET_COLUMNS: Record<Facet, string> = {
  kind: 'kind',
  court: 'court',
  case: 'case_slug',
  documentType: 'document_type',
  year: 'year',
  service: 'service',
};

const HEADLINE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "`;
const UPSERT_BATCH = 200;
const COLUMNS = [
  'id', 'kind', 'case_id', 'case_slug', 'case_name', 'court', 'docket_number', 'family_id', 'parties', 'judges',
  'parties_lower', 'judges_lower', 'names_text', 'document_id', 'document_title', 'document_type', 'entry_number',
  'page', 'text', 'filed_at', 'year', 'service', 'provider', 'tos_document_type', 'recorded_at', 'citations',
] as const;

interface HitRow {
  id: string;
  kind: SearchKind;
  document_id: string | null;
  document_title: string | null;
  page: number | null;
  case_slug: string | null;
  case_name: string | null;
  court: string | null;
  document_type: string | null;
  filed_at: string | null;
  service: string | null;
  score: number;
}

/**
 * PostgreSQL full-text search, the embedded engine: a weighted tsvector (titles and captions above
 * names above body text), websearch_to_tsquery, ts_rank_cd, ts_headline, exact facet counts, and
 * misspelling correction from the indexed vocabulary with pg_trgm.
 */
export class PostgresSearchIndex implements SearchIndex {
  readonly engine = 'postgres';

  constructor(private readonly dataSource: DataSource) {}

  async ensureReady(): Promise<void> {
    const [{ exists }] = (await this.dataSource.query(`SELECT to_regclass('search_documents') IS NOT NULL AS exists`)) as { exists: boolean }[];
    if (!exists) throw new SearchError(SearchErrorCode.EngineUnavailable, 'The search tables are missing: run `npm run db:migrate`.');
  }

  async upsert(documents: SearchDocument[]): Promise<void> {
    assertValidIds(documents);
    for (let start = 0; start < documents.length; start += UPSERT_BATCH) {
      const batch = documents.slice(start, start + UPSERT_BATCH);
      const params = new SqlParams();
      const rows = batch.map((doc) => `(${rowValues(doc).map((value) => params.add(value)).join(', ')})`);
      const updates = COLUMNS.filter((c) => c !== 'id').map((c) => `"${c}" = EXCLUDED."${c}"`);
      await this.dataSource.transaction(async (manager) => {
        await manager.query(
          `INSERT INTO search_documents (${COLUMNS.map((c) => `"${c}"`).join(', ')}) VALUES ${rows.join(', ')}
           ON CONFLICT ("id") DO UPDATE SET ${updates.join(', ')}, "indexed_at" = now()`,
          params.values,
        );
        await manager.query(
          `INSERT INTO search_terms (word)
           SELECT DISTINCT w FROM search_documents d,
             regexp_split_to_table(lower(d.text || ' ' || coalesce(d.document_title, '') || ' ' || coalesce(d.case_name, '') || ' ' || d.names_text), '[^a-z]+') AS w
           WHERE d.id = ANY($1) AND length(w) BETWEEN 3 AND 30
           ON CONFLICT DO NOTHING`,
          [batch.map((doc) => doc.id)],
        );
      });
    }
  }

  async deleteByIds(ids: string[]): Promise<void> {
    if (ids.length > 0) await this.dataSource.query(`DELETE FROM search_documents WHERE id = ANY($1)`, [ids]);
  }

  async deleteByDocumentId(documentId: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM search_documents WHERE document_id = $1`, [documentId]);
  }

  async deleteAll(): Promise<void> {
    await this.dataSource.query(`TRUNCATE search_documents, search_terms`);
  }

  async count(): Promise<number> {
    const [{ n }] = (await this.dataSource.query(`SELECT count(*)::int AS n FROM search_documents`)) as { n: number }[];
    return n;
  }

  async health(): Promise<void> {
    await this.ensureReady();
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    const result = await this.run(query, query.q);
    if (result.total > 0 || !query.q.trim()) return result;
    const corrected = await this.correct(query.q);
    if (!corrected) return result;
    const retried = await this.run(query, corrected);
    return retried.total > 0 ? { ...retried, correctedQuery: corrected } : result;
  }

  private async run(query: SearchQuery, q: string): Promise<SearchResult> {
    const params = new SqlParams();
    const hasText = q.trim().length > 0;
    const tsquery = hasText ? `websearch_to_tsquery('english', ${params.add(q)})` : null;
    const where = [...(tsquery ? [`d.tsv @@ ${tsquery}`] : []), ...filterClauses(query.filters, params)];
    const whereSql = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
    const score = tsquery ? `ts_rank_cd(d.tsv, ${tsquery})` : '0';
    const order =
      query.sort === SearchSort.FiledAtAsc
        ? `d.filed_at ASC NULLS LAST, d.id ASC`
        : query.sort === SearchSort.FiledAtDesc || !tsquery
          ? `d.filed_at DESC NULLS LAST, d.id ASC`
          : `score DESC, d.id ASC`;
    const limit = params.add(query.limit);
    const offset = params.add(query.offset);
    const rows = (await this.dataSource.query(
      `SELECT d.id, d.kind, d.document_id, d.document_title, d.page, d.case_slug, d.case_name, d.court,
              d.document_type, d.filed_at, d.service, ${score}::float8 AS score
       FROM search_documents d ${whereSql}
       ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}`,
      params.values,
    )) as HitRow[];
    const filterValues = params.values.slice(0, params.values.length - 2);
    const [total, facets, snippets] = await Promise.all([
      this.total(whereSql, filterValues),
      this.facetCounts(query.facets, whereSql, filterValues),
      this.snippets(rows.map((r) => r.id), hasText ? q : null),
    ]);
    return {
      hits: rows.map((row) => toHit(row, snippets.get(row.id) ?? '')),
      total,
      facets,
      correctedQuery: null,
      engine: this.engine,
    };
  }

  private async total(whereSql: string, values: unknown[]): Promise<number> {
    const [{ n }] = (await this.dataSource.query(`SELECT count(*)::int AS n FROM search_documents d ${whereSql}`, values)) as { n: number }[];
    return n;
  }

  private async facetCounts(facets: Facet[], whereSql: string, values: unknown[]): Promise<SearchResult['facets']> {
    const entries = await Promise.all(
      facets.map(async (facet) => {
        const column = FACET_COLUMNS[facet];
        const rows = (await this.dataSource.query(
          `SELECT d."${column}"::text AS value, count(*)::int AS n FROM search_documents d
           ${whereSql ? `${whereSql} AND` : 'WHERE'} d."${column}" IS NOT NULL
           GROUP BY d."${column}" ORDER BY n DESC, value ASC LIMIT 100`,
          values,
        )) as { value: string; n: number }[];
        return [facet, Object.fromEntries(rows.map((r) => [r.value, r.n]))] as const;
      }),
    );
    return Object.fromEntries(entries);
  }

  private async snippets(ids: string[], q: string | null): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = (await this.dataSource.query(
      q
        ? `SELECT id, ts_headline('english', text, websearch_to_tsquery('english', $2), '${HEADLINE_OPTIONS}') AS snippet
           FROM search_documents WHERE id = ANY($1)`
        : `SELECT id, left(text, 240) AS snippet FROM search_documents WHERE id = ANY($1)`,
      q ? [ids, q] : [ids],
    )) as { id: string; snippet: string }[];
    return new Map(rows.map((r) => [r.id, renderSnippet(r.snippet)]));
  }

  /** Replaces words absent from the indexed vocabulary by their nearest indexed word, if any. */
  private async correct(q: string): Promise<string | null> {
    const tokens = tokenizeQuery(q);
    let changed = false;
    for (const token of tokens) {
      if (!token.correctable) continue;
      const word = token.text.toLowerCase();
      const known = (await this.dataSource.query(`SELECT 1 FROM search_terms WHERE word = $1`, [word])) as unknown[];
      if (known.length > 0) continue;
      const [nearest] = (await this.dataSource.query(
        `SELECT word FROM search_terms WHERE word % $1 AND similarity(word, $1) >= 0.4
         ORDER BY similarity(word, $1) DESC, abs(length(word) - length($1)), word LIMIT 1`,
        [word],
      )) as { word: string }[];
      if (nearest) {
        token.text = nearest.word;
        changed = true;
      }
    }
    return changed ? rebuildQuery(tokens) : null;
  }
}

function rowValues(doc: SearchDocument): unknown[] {
  return [
    doc.id, doc.kind, doc.caseId, doc.caseSlug, doc.caseName, doc.court, doc.docketNumber, doc.familyId, doc.parties, doc.judges,
    doc.parties.map((p) => p.toLowerCase()), doc.judges.map((j) => j.toLowerCase()), [...doc.parties, ...doc.judges].join(' '),
    doc.documentId, doc.documentTitle, doc.documentType, doc.entryNumber, doc.page, stripMarkers(doc.text), doc.filedAt, doc.year,
    doc.service, doc.provider, doc.tosDocumentType, doc.recordedAt, doc.citations,
  ];
}

function toHit(row: HitRow, snippet: string): SearchHit {
  return {
    id: row.id,
    kind: row.kind,
    documentId: row.document_id,
    documentTitle: row.document_title,
    page: row.page,
    caseSlug: row.case_slug,
    caseName: row.case_name,
    court: row.court,
    documentType: row.document_type,
    filedAt: row.filed_at === null ? null : Number(row.filed_at),
    service: row.service,
    snippet,
    score: Number(row.score),
  };
}
