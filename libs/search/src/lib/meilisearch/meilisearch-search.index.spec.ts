import { corpusPath } from '@casetrail/testing';
import { randomBytes } from 'node:crypto';
import { searchIndexContract } from '../contract/search-index.contract';
import { emptySearchDocument, SearchKind } from '../search-document';
import { SearchError, SearchErrorCode } from '../search-error';
import { SearchSort } from '../search-query';
import { MeilisearchSearchIndex } from './meilisearch-search.index';

const meiliUrl = process.env['MEILI_URL'];
const apiKey = process.env['MEILI_MASTER_KEY'] ?? null;
const describeWithMeili = meiliUrl ? describe : describe.skip;

if (!meiliUrl) {
  // Printed so that a green run never hides that this engine was not exercised.
  console.log('SKIPPED: the Meilisearch contract suite needs MEILI_URL (and MEILI_MASTER_KEY); see docs/search.md.');
}

async function client() {
  const { Meilisearch } = await import('meilisearch');
  return new Meilisearch({ host: meiliUrl ?? '', apiKey: apiKey ?? undefined });
}

const uid = (name: string) => `casetrail_${name}_${randomBytes(4).toString('hex')}`;

describeWithMeili('MeilisearchSearchIndex passes the SearchIndex contract against a real Meilisearch', () => {
  const indexUid = uid('contract');
  const sut = new MeilisearchSearchIndex(meiliUrl ?? '', apiKey, indexUid);

  afterAll(async () => {
    await (await client()).deleteIndex(indexUid).waitTask();
  });

  searchIndexContract(async () => sut, { filingsTextDir: corpusPath('filings', 'text') });
});

describeWithMeili('MeilisearchSearchIndex against a real Meilisearch', () => {
  const created: string[] = [];
  const fresh = (name: string) => {
    const indexUid = uid(name);
    created.push(indexUid);
    return { indexUid, sut: new MeilisearchSearchIndex(meiliUrl ?? '', apiKey, indexUid) };
  };

  afterAll(async () => {
    const meili = await client();
    for (const indexUid of created) await meili.deleteIndex(indexUid).waitTask();
  });

  it('applies its settings once: a second start enqueues no settings task', async () => {
    const { indexUid, sut } = fresh('settings');
    const settingsTasks = async () =>
      (await (await client()).tasks.getTasks({ indexUids: [indexUid], types: ['settingsUpdate'] })).results.length;
    await sut.ensureReady();
    expect(await settingsTasks()).toBe(1);
    await sut.ensureReady();
    await new MeilisearchSearchIndex(meiliUrl ?? '', apiKey, indexUid).ensureReady();
    expect(await settingsTasks()).toBe(1);
    // A setting changed behind its back is put back.
    await (
      await client()
    )
      .index(indexUid)
      .updateSettings({ rankingRules: ['words'] })
      .waitTask();
    await sut.ensureReady();
    expect(await settingsTasks()).toBe(3);
    expect((await (await client()).index(indexUid).getSettings()).rankingRules).toEqual([
      'words',
      'typo',
      'proximity',
      'attribute',
      'sort',
      'exactness',
    ]);
  });

  it('reports every failed indexing task with its id and reason', async () => {
    const { indexUid, sut } = fresh('failing');
    // An index whose primary key is another field refuses every batch sent with primaryKey "id".
    await (await client()).createIndex(indexUid, { primaryKey: 'other' }).waitTask();
    const documents = Array.from({ length: 2500 }, (_, i) => ({
      ...emptySearchDocument(`failing-${i}`, SearchKind.Filing),
      text: `page ${i}`,
    }));
    const error = await sut.upsert(documents).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SearchError);
    const failure = error as SearchError;
    expect(failure.code).toBe(SearchErrorCode.EngineTaskFailed);
    const tasks = (failure.details as { tasks: { taskUid: number; status: string; error: { code: string } | null }[] })
      .tasks;
    expect(tasks).toHaveLength(3);
    expect(new Set(tasks.map((t) => t.taskUid)).size).toBe(3);
    for (const task of tasks) {
      expect(task.status).toBe('failed');
      expect(task.error?.code).toBe('index_primary_key_already_exists');
      expect(failure.message).toContain(`task ${task.taskUid} failed`);
    }
  });

  it('indexes more than one batch, all of it, and answers with a cropped snippet, not the page', async () => {
    const { sut } = fresh('batches');
    await sut.ensureReady();
    const filler = Array.from({ length: 400 }, (_, i) => `word${i % 50}`).join(' ');
    const documents = Array.from({ length: 2345 }, (_, i) => ({
      ...emptySearchDocument(`batch-${i}`, SearchKind.Filing),
      text: `${filler} marker${i} ${filler}`,
    }));
    await sut.upsert(documents);
    expect(await sut.count()).toBe(2345);
    const result = await sut.search({
      // Quoted: no typo tolerance, so marker123 and marker124 do not match too.
      q: '"marker1234"',
      filters: {},
      sort: SearchSort.Relevance,
      facets: [],
      limit: 5,
      offset: 0,
    });
    expect(result.hits.map((h) => h.id)).toEqual(['batch-1234']);
    expect(result.hits[0].snippet).toContain('<mark>marker1234</mark>');
    expect(result.hits[0].snippet.split(' ').length).toBeLessThan(60);
  });
});
