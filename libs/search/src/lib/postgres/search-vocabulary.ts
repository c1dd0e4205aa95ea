import { DataSource, EntityManager } from 'typeorm';
import { rebuildQuery, tokenizeQuery } from './typo-correction';

/** Pages whose words wait to enter the vocabulary before it is brought up to date in one go. */
const REFRESH_AFTER_PAGES = 1000;
const REFRESH_BATCH = 2000;
/**
 * How much a candidate's page count weighs against its similarity when correcting a word: a word
 * on a thousand pages gains about 0.14, enough to beat a line-break fragment seen once that is a
 * little more similar, too little to beat a clearly closer word.
 */
const FREQUENCY_WEIGHT = 0.02;
const MIN_SIMILARITY = 0.4;

/**
 * The indexed words and the number of pages each came from, for misspelling correction. Splitting
 * every indexed page into words is as costly as indexing it, and most of the words are known
 * already, so indexing only queues the page (`search_terms_pending`); the queue is folded into the
 * vocabulary once it holds a thousand pages, and before any correction, which thus always sees every
 * indexed page.
 */
export class SearchVocabulary {
  constructor(private readonly dataSource: DataSource) {}

  /** Queues indexed pages, in the transaction that indexes them. */
  async enqueue(manager: EntityManager, ids: string[]): Promise<void> {
    await manager.query(`INSERT INTO search_terms_pending (id) SELECT unnest($1::text[]) ON CONFLICT DO NOTHING`, [ids]);
  }

  async refreshIfDue(): Promise<void> {
    const [{ due }] = (await this.dataSource.query(
      `SELECT count(*) >= ${REFRESH_AFTER_PAGES} AS due FROM (SELECT 1 FROM search_terms_pending LIMIT ${REFRESH_AFTER_PAGES}) p`,
    )) as { due: boolean }[];
    if (due) await this.refresh();
  }

  /**
   * Folds every queued page into the vocabulary, in batches. Concurrent refreshes take disjoint
   * batches (SKIP LOCKED) and update words in one order, so they neither count a page twice nor
   * deadlock. Re-indexing a page counts its words again: the counts only weigh candidates.
   */
  async refresh(): Promise<void> {
    for (;;) {
      const taken = await this.dataSource.transaction(async (manager) => {
        const rows = (await manager.query(
          `WITH taken AS (
             DELETE FROM search_terms_pending WHERE id IN (
               SELECT id FROM search_terms_pending ORDER BY id LIMIT ${REFRESH_BATCH} FOR UPDATE SKIP LOCKED)
             RETURNING id)
           SELECT id FROM taken`,
        )) as { id: string }[];
        if (rows.length === 0) return 0;
        await manager.query(
          `INSERT INTO search_terms (word, pages)
           SELECT w, count(DISTINCT d.id) FROM search_documents d,
             regexp_split_to_table(lower(d.text || ' ' || coalesce(d.document_title, '') || ' ' || coalesce(d.case_name, '') || ' ' || d.names_text), '[^a-z]+') AS w
           WHERE d.id = ANY($1) AND length(w) BETWEEN 3 AND 30
           GROUP BY w ORDER BY w
           ON CONFLICT (word) DO UPDATE SET pages = search_terms.pages + EXCLUDED.pages`,
          [rows.map((row) => row.id)],
        );
        return rows.length;
      });
      if (taken < REFRESH_BATCH) return;
    }
  }

  /** Replaces words absent from the vocabulary by the best indexed candidate, if any. */
  async correct(q: string): Promise<string | null> {
    const tokens = tokenizeQuery(q);
    const correctable = tokens.filter((token) => token.correctable);
    if (correctable.length === 0) return null;
    await this.refresh();
    let changed = false;
    for (const token of correctable) {
      const word = token.text.toLowerCase();
      const known = (await this.dataSource.query(`SELECT 1 FROM search_terms WHERE word = $1`, [word])) as unknown[];
      if (known.length > 0) continue;
      const [nearest] = (await this.dataSource.query(
        `SELECT word FROM search_terms WHERE word % $1 AND similarity(word, $1) >= ${MIN_SIMILARITY}
         ORDER BY similarity(word, $1) + ${FREQUENCY_WEIGHT} * ln(1 + pages) DESC, abs(length(word) - length($1)), word LIMIT 1`,
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
