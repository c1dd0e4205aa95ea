import { CASES_ENTITIES, CasesModule, SeedService } from '@casetrail/cases';
import { createTestContext, TestContext } from '@casetrail/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { TimelineItem } from '../export/timeline-item';
import { TimelineModule } from '../timeline.module';
import { TimelineService } from './timeline.service';

async function collect(items: AsyncIterable<TimelineItem>): Promise<TimelineItem[]> {
  const all: TimelineItem[] = [];
  for await (const item of items) all.push(item);
  return all;
}

describe('TimelineService (PostgreSQL)', () => {
  let ctx: TestContext;
  let sut: TimelineService;

  beforeAll(async () => {
    ctx = await createTestContext({ imports: [CasesModule, TimelineModule], entities: CASES_ENTITIES });
    await ctx.app.get(SeedService).seed();
    sut = ctx.app.get(TimelineService);
    const dataSource = ctx.app.get(DataSource);
    const caseId = async (slug: string) =>
      ((await dataSource.query('SELECT id FROM cases WHERE slug = $1', [slug])) as { id: string }[])[0].id;
    const insert = (slug: string, number: number, docId: string, description: string) =>
      caseId(slug).then((id) =>
        dataSource.query(
          `INSERT INTO docket_entries (id, case_id, natural_key, entry_number, pacer_doc_id, date_filed, description, entry_type, source, sort_order, content_hash, last_changed_at)
           VALUES ($1, $2, $3, $4, $5, '2025-05-01', $6, 'order', 'docket_report', $4, 'x', now())`,
          [randomUUID(), id, `#${number}`, number, docId, description],
        ),
      );
    // One order filed in the MDL and mirrored on a member docket under another number.
    await insert('in-re-openai-copyright-mdl-3143', 42, '127036000001', 'ORDER on case management (Stein, J.)');
    await insert(
      'nyt-v-microsoft-openai',
      611,
      '127036000001',
      'ORDER on case management (Stein, J.) [filed in 25-md-3143]',
    );
    await insert('nyt-v-microsoft-openai', 612, '127036000002', 'ORDER on the NYT motion to compel');
  });

  afterAll(() => ctx.close());

  it('shows a filing made in the MDL once in the family timeline, from the MDL docket', async () => {
    const scope = await sut.resolve({ family: 'in-re-openai-copyright-mdl-3143' }, {});
    const items = (await collect(sut.items(scope, {}))).filter((i) => i.id.startsWith('entry:'));
    expect(items.map((i) => [i.caseSlug, i.entryNumber])).toEqual([
      ['in-re-openai-copyright-mdl-3143', '42'],
      ['nyt-v-microsoft-openai', '612'],
    ]);
  });

  it('resolves a family to its head and the cases linked to it as MDL members or consolidated, earliest filed first', async () => {
    const scope = await sut.resolve({ family: 'in-re-openai-copyright-mdl-3143' }, {});
    const slugs = scope.cases.map((c) => c.slug);
    expect(slugs.slice(0, 5)).toEqual([
      'in-re-openai-copyright-mdl-3143',
      'authors-guild-v-openai',
      'nyt-v-microsoft-openai',
      'raw-story-v-openai',
      'daily-news-v-microsoft-openai',
    ]);
    // Filed on an unknown date: after the dated ones.
    expect(slugs.slice(5).sort()).toEqual(['intercept-v-openai', 'tremblay-v-openai']);
    expect(scope.leadCaseId).toBe(scope.cases[0].id);
    expect(scope.meta.title).toBe(
      'In re OpenAI Copyright Infringement Litigation (MDL 3143) and 6 member case(s) — timeline',
    );
  });

  it('takes the named case as the head of its family: a member brings the cases consolidated into it, a lone case itself', async () => {
    const nyt = await sut.resolve({ family: 'nyt-v-microsoft-openai' }, {});
    expect(nyt.cases.map((c) => c.slug)).toEqual(['nyt-v-microsoft-openai', 'daily-news-v-microsoft-openai']);
    expect(nyt.meta.title).toBe('NYT v. Microsoft & OpenAI and 1 member case(s) — timeline');
    const kadrey = await sut.resolve({ family: 'kadrey-v-meta' }, {});
    expect(kadrey.cases.map((c) => c.slug)).toEqual(['kadrey-v-meta']);
    expect(kadrey.leadCaseId).toBe(kadrey.cases[0].id);
    await expect(sut.resolve({ family: 'no-such-family' }, {})).rejects.toMatchObject({
      code: 'unknown_case',
      details: { family: 'no-such-family' },
    });
  });

  it('keeps the mirrored entry in the member case on its own', async () => {
    const scope = await sut.resolve({ cases: ['nyt-v-microsoft-openai'] }, {});
    const entries = (await collect(sut.items(scope, {}))).filter((i) => i.id.startsWith('entry:'));
    expect(entries.map((i) => i.entryNumber).sort()).toEqual(['611', '612']);
  });

  it('filters by dates, types and significance', async () => {
    const scope = await sut.resolve({ cases: ['nyt-v-microsoft-openai'] }, {});
    const filters = { from: '2025-01-01', to: '2025-12-31', types: ['order', 'opinion'] };
    const items = await collect(sut.items(scope, filters));
    expect(items.length).toBeGreaterThan(0);
    expect(
      items.every((i) => i.date >= '2025-01-01' && i.date <= '2025-12-31' && ['order', 'opinion'].includes(i.type)),
    ).toBe(true);
    const keyOnly = await collect(sut.items(scope, { significance: ['key_ruling'] }));
    expect(keyOnly.every((i) => i.significance === 'key_ruling')).toBe(true);
  });

  describe('a long timeline (2,500 docket entries, more than two pages of the cursor)', () => {
    let dataSource: DataSource;
    let caseId: string;

    beforeAll(async () => {
      dataSource = ctx.app.get(DataSource);
      caseId = ((await dataSource.query(`SELECT id FROM cases WHERE slug = 'kadrey-v-meta'`)) as { id: string }[])[0]
        .id;
      await dataSource.query(
        `INSERT INTO docket_entries (id, case_id, natural_key, entry_number, date_filed, description, entry_type, source, sort_order, content_hash, last_changed_at)
         SELECT gen_random_uuid(), $1, 'long-' || n, 10000 + n, date '2020-01-01' + (n % 900), 'Long timeline entry ' || n, 'other', 'docket_report', 10000 + n, 'x', now()
         FROM generate_series(1, 2500) AS n`,
        [caseId],
      );
    });

    afterAll(() => dataSource.query(`DELETE FROM docket_entries WHERE natural_key LIKE 'long-%'`));

    it('streams every entry once, in date order', async () => {
      const scope = await sut.resolve({ cases: ['kadrey-v-meta'] }, {});
      const entries = (await collect(sut.items(scope, {}))).filter((i) => i.title.startsWith('Long timeline entry'));
      expect(entries).toHaveLength(2500);
      expect(new Set(entries.map((i) => i.id)).size).toBe(2500);
      const dates = entries.map((i) => i.date);
      expect(dates).toEqual([...dates].sort());
    });

    it('releases its connection when the reader stops early', async () => {
      const scope = await sut.resolve({ cases: ['kadrey-v-meta'] }, {});
      let read = 0;
      for await (const item of sut.items(scope, {})) {
        if (item.title.startsWith('Long timeline entry')) read += 1;
        if (read === 10) break;
      }
      const open = (await dataSource.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND state LIKE 'idle in transaction%'`,
      )) as { n: number }[];
      expect(open[0].n).toBe(0);
    });
  });
});
