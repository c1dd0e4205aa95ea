import { randomBytes } from 'node:crypto';
import { searchIndexContract } from '../contract/search-index.contract';
import { MeilisearchSearchIndex } from './meilisearch-search.index';

const meiliUrl = process.env['MEILI_URL'];
const describeWithMeili = meiliUrl ? describe : describe.skip;

if (!meiliUrl) {
  // Printed so that a green run never hides that this engine was not exercised.
  console.log('SKIPPED: the Meilisearch contract suite needs MEILI_URL (and MEILI_MASTER_KEY); see docs/search.md.');
}

describeWithMeili('MeilisearchSearchIndex passes the SearchIndex contract against a real Meilisearch', () => {
  const indexUid = `casetrail_contract_${randomBytes(4).toString('hex')}`;
  const sut = new MeilisearchSearchIndex(meiliUrl ?? '', process.env['MEILI_MASTER_KEY'] ?? null, indexUid);

  afterAll(async () => {
    const { Meilisearch } = await import('meilisearch');
    await new Meilisearch({ host: meiliUrl ?? '', apiKey: process.env['MEILI_MASTER_KEY'] })
      .deleteIndex(indexUid)
      .waitTask();
  });

  searchIndexContract(async () => sut);
});
