import { computeSchemaDrift } from '@casetrail/database';
import { createTestDatabase, TestDatabase } from '@casetrail/testing';
import { ALL_ENTITIES } from './entities';

describe('entities and migrations', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
  });

  afterAll(() => db.drop());

  it('agree: the migrated schema needs no change to match the entities', async () => {
    const drift = await computeSchemaDrift(db.url, ALL_ENTITIES);
    expect(drift.up).toEqual([]);
  });
});
