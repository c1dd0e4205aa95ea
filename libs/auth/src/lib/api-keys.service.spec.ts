import { createTestContext, TestContext } from '@casetrail/testing';
import { DataSource } from 'typeorm';
import { ApiKey } from './api-key.entity';
import { ApiKeyScope } from './api-key-scope';
import { ApiKeysService } from './api-keys.service';
import { AuthModule } from './auth.module';

describe('ApiKeysService (PostgreSQL)', () => {
  let ctx: TestContext;
  let sut: ApiKeysService;

  beforeAll(async () => {
    ctx = await createTestContext({ imports: [AuthModule], entities: [ApiKey] });
    sut = ctx.app.get(ApiKeysService);
  });

  afterAll(() => ctx.close());

  it('stores only a hash and verifies the key it printed', async () => {
    const created = await sut.create('newsroom', ApiKeyScope.Ingest);
    const rows = await ctx.app.get(DataSource).getRepository(ApiKey).find();
    expect(JSON.stringify(rows)).not.toContain(created.key);
    expect((await sut.verify(created.key))?.scope).toBe(ApiKeyScope.Ingest);
    expect(await sut.verify(`${created.key}x`)).toBeNull();
    expect(await sut.verify('not-a-key')).toBeNull();
  });

  it('refuses a revoked key', async () => {
    const created = await sut.create('old', ApiKeyScope.Read);
    expect(await sut.revoke(created.id)).toBe(true);
    expect(await sut.verify(created.key)).toBeNull();
    expect(await sut.revoke(created.id)).toBe(false);
    expect((await sut.list()).find((k) => k.id === created.id)?.revokedAt).not.toBeNull();
  });
});
