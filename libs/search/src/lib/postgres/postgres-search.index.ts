import { DataSource } from 'typeorm';
import { assertValidIds, SearchDocument, SearchKind } from '../search-document';
import { SearchError, SearchErrorCode } from '../search-error';
import { SearchIndex } from '../search-index.port';
import { Facet, MAX_SEARCH_WINDOW, SearchHit, SearchQuery, SearchResult, SearchSort } from '../search-query';
import { MARK_END, MARK_START, renderSnippet, stripMarkers } from '../snippet';
import { phraseWordsMatch, requiredPhrases, typedPhrase } from './exact-phrases';
import { filterClauses, SqlParams } from './filter-sql';
import { FACET_VALUES_LIMIT } from '../facet-values';
import { SearchVocabulary } from './search-vocabulary';

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
  'id',
  'kind',
  'case_id',
  'case_slug',
  'case_name',
  'court',
  'docket_number',
  'family_id',
  'parties',
  'judges',
  'parties_lower',
  'judges_lower',
  'names_text',
  'document_id',
  'document_title',
  'document_type',
  'entry_number',
  'page',
  'text',
  'filed_at',
  'year',
  'service',
  'provider',
  'tos_document_type',
  'recorded_at',
  'citations',
] as const;

/** A shown hit as the search statement returns it (JSON: numbers stay numbers). */
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
  entry_number: string | null;
  filed_at: number | null;
  service: string | null;
  snippet: string;
  score: number;
}

const HIT_COLUMNS = [
  'id',
  'kind',
  'document_id',
  'document_title',
  'page',
  'case_slug',
  'case_name',
  'court',
  'document_type',
  'entry_number',
  'filed_at',
  'service',
] as const;

/** Matches re-ordered by the costlier ts_rank_cd after a first ordering by ts_rank: the first ten pages of 20. */
const RESCORE_WINDOW = 200;

/**
 * PostgreSQL full-text search, the embedded engine: a weighted tsvector (titles and captions above
 * names above body text), websearch_to_tsquery, ts_rank_cd, ts_headline, exact facet counts, and
 * misspelling correction from the indexed vocabulary with pg_trgm.
 */
export class PostgresSearchIndex implements SearchIndex {
  readonly engine = 'postgres';

  private readonly vocabulary: SearchVocabulary;

  /**
   * Matches counted, faceted and ranked exactly; past it a query reads only the first
   * `exactBound + 1` matches and estimates its total (what bounds a word found on most pages).
   */
  private readonly exactBound: number;

  constructor(
    private readonly dataSource: DataSource,
    options: { exactBound?: number } = {},
  ) {
    this.vocabulary = new SearchVocabulary(dataSource);
    this.exactBound = options.exactBound ?? MAX_SEARCH_WINDOW;
  }

  async ensureReady(): Promise<void> {
    const [{ exists }] = (await this.dataSource.query(
      `SELECT to_regclass('search_documents') IS NOT NULL AS exists`,
    )) as { exists: boolean }[];
    if (!exists)
      throw new SearchError(
        SearchErrorCode.EngineUnavailable,
        'The search tables are missing: run `npm run db:migrate`.',
      );
  }

  async upsert(documents: SearchDocument[]): Promise<void> {
    assertValidIds(documents);
    let foldDue = false;
    for (let start = 0; start < documents.length; start += UPSERT_BATCH) {
      const batch = documents.slice(start, start + UPSERT_BATCH);
      const params = new SqlParams();
      const rows = batch.map(
        (doc) =>
          `(${rowValues(doc)
            .map((value) => params.add(value))
            .join(', ')})`,
      );
      const updates = COLUMNS.filter((c) => c !== 'id').map((c) => `"${c}" = EXCLUDED."${c}"`);
      await this.dataSource.transaction(async (manager) => {
        await manager.query(
          `INSERT INTO search_documents (${COLUMNS.map((c) => `"${c}"`).join(', ')}) VALUES ${rows.join(', ')}
           ON CONFLICT ("id") DO UPDATE SET ${updates.join(', ')}, "indexed_at" = now()`,
          params.values,
        );
        if (
          await this.vocabulary.enqueue(
            manager,
            batch.map((doc) => doc.id),
          )
        )
          foldDue = true;
      });
    }
    if (foldDue) await this.vocabulary.refresh();
  }

  async deleteByIds(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.dataSource.transaction(async (manager) => {
      await this.vocabulary.forget(manager, ids);
      await manager.query(`DELETE FROM search_documents WHERE id = ANY($1)`, [ids]);
    });
  }

  async deleteByDocumentId(documentId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const rows = (await manager.query(`SELECT id FROM search_documents WHERE document_id = $1`, [documentId])) as {
        id: string;
      }[];
      await this.vocabulary.forget(
        manager,
        rows.map((row) => row.id),
      );
      await manager.query(`DELETE FROM search_documents WHERE document_id = $1`, [documentId]);
    });
  }

  async deleteAll(): Promise<void> {
    await this.dataSource.query(`TRUNCATE search_documents, search_terms, search_terms_pending`);
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
    const corrected = await this.vocabulary.correct(query.q);
    if (!corrected) return result;
    const retried = await this.run(query, corrected);
    return retried.total > 0 ? { ...retried, correctedQuery: corrected } : result;
  }

  /**
   * One statement computes the page, the total, the facets and the shown hits' rows, so that all
   * of them come from one snapshot: with separate statements, a page indexed or removed between
   * two of them could be counted and not shown, or shown and not counted.
   */
  private async run(query: SearchQuery, q: string): Promise<SearchResult> {
    const params = new SqlParams();
    const text = q.trim().length > 0 ? q : null;
    const tsquery = text === null ? null : `websearch_to_tsquery('english', ${params.add(text)})`;
    const where = [...(tsquery ? [`d.tsv @@ ${tsquery}`] : []), ...filterClauses(query.filters, params)];
    for (const words of text === null ? [] : await this.phrasesWithStopWords(text)) {
      where.push(phraseWordsMatch(params.add(words.join(' '))));
    }
    const whereSql = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
    const whereValues = [...params.values];
    const statement =
      tsquery !== null && query.sort === SearchSort.Relevance
        ? this.rankedStatement(query, whereSql, tsquery, params, text === null ? null : typedPhrase(text))
        : this.orderedStatement(query, whereSql, tsquery, params);
    const [row] = (await this.dataSource.query(statement, params.values)) as Record<string, unknown>[];
    const counted = row['total'] as number;
    const estimated = counted > this.exactBound;
    return {
      hits: (row['hits'] as HitRow[]).map(toHit),
      total: estimated ? await this.estimate(whereSql, whereValues, counted) : counted,
      totalIsEstimate: estimated,
      facets: Object.fromEntries(
        query.facets.map((facet) => [facet, Object.fromEntries(row[`facet_${facet}`] as [string, number][])]),
      ),
      correctedQuery: null,
      engine: this.engine,
    };
  }

  /**
   * Relevance order needs every match's rank, which reads every match's tsvector. One scan computes
   * the ranks and keeps the few columns the page, the total and the facets need; they are then all
   * taken from that result instead of scanning the matches once more for each.
   */
  private rankedStatement(
    query: SearchQuery,
    whereSql: string,
    tsquery: string,
    params: SqlParams,
    phrase: string[] | null,
  ): string {
    const facetColumns = query.facets.map((facet) => `, d."${FACET_COLUMNS[facet]}"::text AS "${facet}"`).join('');
    const inOrder = phrase === null ? 'false' : phraseWordsMatch(params.add(phrase.join(' ')));
    const limit = params.add(query.limit);
    const offset = params.add(query.offset);
    // Ranked in two steps: ts_rank (term frequency and field weights) orders every match; the best
    // RESCORE_WINDOW are then ordered by ts_rank_cd, which also rewards the query's words standing
    // close together but costs about twice as much per match; a query typed as a plain run of words
    // puts the rescored pages holding that run in order first. Pages come from the rescored window
    // first, then from the rest in ts_rank order, so paging has neither gaps nor repeats. The rest
    // is what sorts after the window's last match, not the matches joined back to the window: the
    // planner cannot estimate how many pages a phrase check keeps, and guessing a handful it joined
    // thousands to the window by nested loop (282 ms of a 6,420-match phrase query on 100k pages).
    return `WITH matches AS MATERIALIZED (
         SELECT d.id, ts_rank(d.tsv, ${tsquery})::float8 AS quick${facetColumns}
         FROM search_documents d ${whereSql} LIMIT ${this.exactBound + 1}
       ),
       best AS MATERIALIZED (
         SELECT m.id, m.quick FROM matches m ORDER BY m.quick DESC, m.id ASC LIMIT ${RESCORE_WINDOW}
       ),
       last_best AS (SELECT b.quick, b.id FROM best b ORDER BY b.quick ASC, b.id DESC LIMIT 1),
       rescored AS (
         SELECT b.id, ts_rank_cd(d.tsv, ${tsquery})::float8 AS score, ${inOrder} AS in_order
         FROM best b JOIN search_documents d USING (id)
       ),
       page AS MATERIALIZED (
         SELECT o.id, o.rescored, o.in_order, o.score
         FROM (SELECT id, true AS rescored, in_order, score FROM rescored
               UNION ALL
               SELECT m.id, false, false, m.quick FROM matches m, last_best l
               WHERE m.quick < l.quick OR (m.quick = l.quick AND m.id > l.id)) o
         ORDER BY o.rescored DESC, o.in_order DESC, o.score DESC, o.id ASC LIMIT ${limit} OFFSET ${offset}
       )
       SELECT (SELECT count(*)::int FROM matches) AS total,
              ${hitsSelect(tsquery, 'p.rescored DESC, p.in_order DESC, p.score DESC, p.id ASC')}${facetSelects(query.facets)}`;
  }

  /** Date order (or no words): an ordered scan for the page; the total and facets from the matches up to the bound. */
  private orderedStatement(query: SearchQuery, whereSql: string, tsquery: string | null, params: SqlParams): string {
    const facetColumns = query.facets.map((facet) => `, d."${FACET_COLUMNS[facet]}"::text AS "${facet}"`).join('');
    const direction = query.sort === SearchSort.FiledAtAsc ? 'ASC' : 'DESC';
    const limit = params.add(query.limit);
    const offset = params.add(query.offset);
    return `WITH matches AS MATERIALIZED (
         SELECT 1 AS one${facetColumns} FROM search_documents d ${whereSql} LIMIT ${this.exactBound + 1}
       ),
       page AS MATERIALIZED (
         SELECT d.id, d.filed_at, 0::float8 AS score FROM search_documents d ${whereSql}
         ORDER BY d.filed_at ${direction} NULLS LAST, d.id ASC LIMIT ${limit} OFFSET ${offset}
       )
       SELECT (SELECT count(*)::int FROM matches) AS total,
              ${hitsSelect(tsquery, `p.filed_at ${direction} NULLS LAST, p.id ASC`)}${facetSelects(query.facets)}`;
  }

  /** The planner's estimate of the matches (from the index statistics, nothing read), never below what was counted. */
  private async estimate(whereSql: string, values: unknown[], counted: number): Promise<number> {
    const [row] = (await this.dataSource.query(
      `EXPLAIN (FORMAT JSON) SELECT 1 FROM search_documents d ${whereSql}`,
      values,
    )) as { 'QUERY PLAN': [{ Plan: { 'Plan Rows': number } }] }[];
    return Math.max(counted, Math.round(row['QUERY PLAN'][0].Plan['Plan Rows']));
  }

  /** The required quoted phrases of `q` in which the English configuration drops a stop word. */
  private async phrasesWithStopWords(q: string): Promise<string[][]> {
    const phrases = requiredPhrases(q);
    if (phrases.length === 0) return [];
    const rows = (await this.dataSource.query(
      `SELECT EXISTS (SELECT 1 FROM ts_debug('english', p) t WHERE t.lexemes = '{}') AS stop
       FROM unnest($1::text[]) WITH ORDINALITY AS u(p, i) ORDER BY i`,
      [phrases.map((words) => words.join(' '))],
    )) as { stop: boolean }[];
    return phrases.filter((_, i) => rows[i]?.stop);
  }
}

/**
 * The page's hits with their fields and snippets, in page order, read in the search statement
 * itself (from the `page` CTE: `id`, `score` and the columns `order` names); `ts_headline` runs
 * only on the page's rows.
 */
function hitsSelect(tsquery: string | null, order: string): string {
  const snippet = tsquery ? `ts_headline('english', d.text, ${tsquery}, '${HEADLINE_OPTIONS}')` : `left(d.text, 240)`;
  const fields = HIT_COLUMNS.map((column) => `'${column}', d."${column}"`).join(', ');
  return `(SELECT coalesce(json_agg(json_build_object(${fields}, 'snippet', ${snippet}, 'score', p.score) ORDER BY ${order}), '[]')
               FROM page p JOIN search_documents d USING (id)) AS hits`;
}

/** Each requested facet's top values by count (ties by value in code-point order), from the `matches` CTE. */
function facetSelects(facets: Facet[]): string {
  return facets
    .map(
      (facet) => `,
              (SELECT coalesce(json_agg(json_build_array(f.value, f.n) ORDER BY f.n DESC, f.value COLLATE "C"), '[]')
               FROM (SELECT m."${facet}" AS value, count(*)::int AS n FROM matches m WHERE m."${facet}" IS NOT NULL
                     GROUP BY 1 ORDER BY n DESC, m."${facet}" COLLATE "C" ASC LIMIT ${FACET_VALUES_LIMIT}) f) AS "facet_${facet}"`,
    )
    .join('');
}

function rowValues(doc: SearchDocument): unknown[] {
  return [
    doc.id,
    doc.kind,
    doc.caseId,
    doc.caseSlug,
    doc.caseName,
    doc.court,
    doc.docketNumber,
    doc.familyId,
    doc.parties,
    doc.judges,
    doc.parties.map((p) => p.toLowerCase()),
    doc.judges.map((j) => j.toLowerCase()),
    [...doc.parties, ...doc.judges].join(' '),
    doc.documentId,
    doc.documentTitle,
    doc.documentType,
    doc.entryNumber,
    doc.page,
    stripMarkers(doc.text),
    doc.filedAt,
    doc.year,
    doc.service,
    doc.provider,
    doc.tosDocumentType,
    doc.recordedAt,
    doc.citations,
  ];
}

function toHit(row: HitRow): SearchHit {
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
    entryNumber: row.entry_number,
    filedAt: row.filed_at === null ? null : Number(row.filed_at),
    service: row.service,
    snippet: renderSnippet(row.snippet),
    score: row.score,
  };
}
