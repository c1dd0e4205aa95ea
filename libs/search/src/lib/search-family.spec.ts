import { Case, CaseRelation, CaseRelationType, CASES_ENTITIES, CasesService, SeedService } from '@casetrail/cases';
import { DOCUMENTS_ENTITIES } from '@casetrail/documents';
import { createTestContext, TestContext } from '@casetrail/testing';
import { DataSource } from 'typeorm';
import { caseSearchId } from './case-search-document';
import { SearchModule } from './search.module';
import { SearchService } from './search.service';

describe('the familyId of indexed cases (PostgreSQL engine, seeded)', () => {
  let ctx: TestContext;
  let sut: SearchService;
  let dataSource: DataSource;
  const ids = new Map<string, string>();

  beforeAll(async () => {
    ctx = await createTestContext({ imports: [SearchModule], entities: [...CASES_ENTITIES, ...DOCUMENTS_ENTITIES] });
    await ctx.app.get(SeedService).seed();
    sut = ctx.app.get(SearchService);
    dataSource = ctx.app.get(DataSource);
    for (const c of await dataSource.getRepository(Case).find()) ids.set(c.slug, c.id);
  });

  afterAll(() => ctx.close());

  const familyIdOf = async (slug: string): Promise<string | null> => {
    const id = ids.get(slug) ?? (await ctx.app.get(CasesService).findEntity(slug)).id;
    await sut.indexCase(id);
    const [row] = (await dataSource.query(`SELECT family_id FROM search_documents WHERE id = $1`, [
      caseSearchId(id),
    ])) as { family_id: string | null }[];
    if (!row) throw new Error(`${slug} was not indexed`);
    return row.family_id;
  };

  it('files the MDL and each of its members under the MDL', async () => {
    const mdl = ids.get('in-re-openai-copyright-mdl-3143');
    for (const slug of [
      'in-re-openai-copyright-mdl-3143',
      'nyt-v-microsoft-openai',
      'daily-news-v-microsoft-openai',
      'tremblay-v-openai',
      'intercept-v-openai',
    ]) {
      expect([slug, await familyIdOf(slug)]).toEqual([slug, mdl]);
    }
  });

  it('gives a case outside any family no familyId, whatever other relations it has', async () => {
    for (const slug of [
      'bartz-v-anthropic',
      'kadrey-v-meta',
      'umg-v-suno',
      'getty-images-v-stability-ai-ded',
      'getty-images-v-stability-ai-cand',
    ]) {
      expect([slug, await familyIdOf(slug)]).toEqual([slug, null]);
    }
  });

  it('files a case consolidated into a lead case outside any MDL under the lead case', async () => {
    const cases = ctx.app.get(CasesService);
    const lead = await cases.create({
      caption: 'Lead Press v. Model Co.',
      shortName: 'Lead Press v. Model Co.',
      court: 'nysd',
    });
    const joined = await cases.create({
      caption: 'Joined Press v. Model Co.',
      shortName: 'Joined Press v. Model Co.',
      court: 'nysd',
    });
    await dataSource
      .getRepository(CaseRelation)
      .insert({ fromCaseId: joined.id, toCaseId: lead.id, type: CaseRelationType.ConsolidatedWith });
    expect(await familyIdOf(joined.slug)).toBe(lead.id);
    expect(await familyIdOf(lead.slug)).toBe(lead.id);
  });
});
