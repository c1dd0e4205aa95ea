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
/** The advisory lock that keeps folds one at a time (an arbitrary constant, unique in the project). */
const FOLD_LOCK_KEY = 7_361_902_114;

interface VocabularySource {
  text: string;
  document_title: string | null;
  case_name: string | null;
  names_text: string;
}

/** Each word of 3 to 30 letters and the number of the pages given that contain it. */
export function countWords(pages: readonly VocabularySource[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const page of pages) {
    const text = `${page.text} ${page.document_title ?? ''} ${page.case_name ?? ''} ${page.names_text}`.toLowerCase();
    for (const word of new Set(text.split(/[^a-z]+/))) {
      if (word.length >= 3 && word.length <= 30) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return counts;
}

/** The fold lock, held until the transaction ends; false when another fold holds it and `wait` is false. */
async function takeFoldLock(manager: EntityManager, wait: boolean): Promise<boolean> {
  if (wait) {
    await manager.query(`SELECT pg_advisory_xact_lock($1)`, [FOLD_LOCK_KEY]);
    return true;
  }
  const [{ locked }] = (await manager.query(`SELECT pg_try_advisory_xact_lock($1) AS locked`, [FOLD_LOCK_KEY])) as {
    locked: boolean;
  }[];
  return locked;
}

/**
 * The indexed words and the number of pages each came from, for misspelling correction. Updating it
 * page by page cost as much as indexing, and most words are known already, so indexing only queues
 * the page (`search_terms_pending`); the queue is folded in once it holds a thousand pages (words
 * counted here, where splitting text is cheaper than in SQL, then one upsert), and before any
 * correction, which thus always sees every indexed page.
 */
export class SearchVocabulary {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Queues indexed pages, in the transaction that indexes them; says whether the queue is due to be
   * folded (call `refresh` once that transaction has committed).
   */
  async enqueue(manager: EntityManager, ids: string[]): Promise<boolean> {
    // The outer count does not see the rows this statement inserts (one snapshot), hence the sum.
    const [{ due }] = (await manager.query(
      `WITH queued AS (INSERT INTO search_terms_pending (id) SELECT unnest($1::text[]) ON CONFLICT DO NOTHING RETURNING 1)
       SELECT (SELECT count(*) FROM queued) + (SELECT count(*) FROM (SELECT 1 FROM search_terms_pending LIMIT ${REFRESH_AFTER_PAGES}) p)
         >= ${REFRESH_AFTER_PAGES} AS due`,
      [ids],
    )) as { due: boolean }[];
    return due;
  }

  /**
   * Folds every queued page into the vocabulary, in batches. One fold at a time: a caller that
   * finds another fold running returns at once (that fold or the next takes its pages), unless it
   * must `wait` for the vocabulary to be complete (a correction). Re-indexing a page counts its
   * words again: the counts only weigh candidates.
   */
  async refresh(options: { wait?: boolean } = {}): Promise<void> {
    for (;;) {
      const taken = await this.dataSource.transaction(async (manager) => {
        if (!(await takeFoldLock(manager, options.wait ?? false))) return 0;
        const pages = (await manager.query(
          `WITH taken AS (
             DELETE FROM search_terms_pending WHERE id IN (SELECT id FROM search_terms_pending ORDER BY id LIMIT ${REFRESH_BATCH})
             RETURNING id)
           SELECT d.text, d.document_title, d.case_name, d.names_text FROM search_documents d JOIN taken USING (id)`,
        )) as VocabularySource[];
        const counts = countWords(pages);
        if (counts.size > 0) {
          const words = [...counts.keys()].sort();
          await manager.query(
            `INSERT INTO search_terms (word, pages) SELECT * FROM unnest($1::text[], $2::int[])
             ON CONFLICT (word) DO UPDATE SET pages = search_terms.pages + EXCLUDED.pages`,
            [words, words.map((word) => counts.get(word))],
          );
        }
        return pages.length;
      });
      if (taken < REFRESH_BATCH) return;
    }
  }

  /**
   * Takes pages that are about to be deleted out of the vocabulary, in the deleting transaction:
   * queued pages leave the queue, folded pages have their words' counts lowered, and words left on
   * no page are dropped, so that a correction never picks a word no page holds any more.
   */
  async forget(manager: EntityManager, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await takeFoldLock(manager, true);
    const pages = (await manager.query(
      `WITH unqueued AS (DELETE FROM search_terms_pending WHERE id = ANY($1) RETURNING id)
       SELECT d.text, d.document_title, d.case_name, d.names_text FROM search_documents d
       WHERE d.id = ANY($1) AND d.id NOT IN (SELECT id FROM unqueued)`,
      [ids],
    )) as VocabularySource[];
    const counts = countWords(pages);
    if (counts.size === 0) return;
    const words = [...counts.keys()].sort();
    await manager.query(
      `UPDATE search_terms t SET pages = t.pages - c.n FROM unnest($1::text[], $2::int[]) AS c(word, n)
       WHERE t.word = c.word`,
      [words, words.map((word) => counts.get(word))],
    );
    await manager.query(`DELETE FROM search_terms WHERE word = ANY($1) AND pages <= 0`, [words]);
  }

  /** Replaces words absent from the vocabulary by the best indexed candidate, if any. */
  async correct(q: string): Promise<string | null> {
    const tokens = tokenizeQuery(q);
    const correctable = tokens.filter((token) => token.correctable);
    if (correctable.length === 0) return null;
    // Queued pages stay visible until a fold commits, so an empty queue means the vocabulary is complete.
    const [{ queued }] = (await this.dataSource.query(
      `SELECT EXISTS (SELECT 1 FROM search_terms_pending) AS queued`,
    )) as { queued: boolean }[];
    if (queued) await this.refresh({ wait: true });
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
