import { createTestContext, TestContext } from '@casetrail/testing';
import { DataSource } from 'typeorm';
import { Case } from '../cases/case.entity';
import { CasesService } from '../cases/cases.service';
import { CasesErrorCode } from '../cases-error';
import { CASES_ENTITIES } from '../cases.entities';
import { CasesModule } from '../cases.module';
import { SeedService } from '../seed/seed.service';
import { CaseFamily, FamilyOptions } from './case-family.repository';
import { CaseRelation, CaseRelationType } from './case-relation.entity';

const MDL = 'in-re-openai-copyright-mdl-3143';
/** The members of MDL 3143 by filing date; Intercept and Tremblay have none, so they come last. */
const MDL_MEMBERS = [
  'authors-guild-v-openai',
  'nyt-v-microsoft-openai',
  'raw-story-v-openai',
  'daily-news-v-microsoft-openai',
  'intercept-v-openai',
  'tremblay-v-openai',
];

const slugs = (cases: Case[]) => cases.map((c) => c.slug);
const shape = (family: CaseFamily) => ({
  root: family.root.slug,
  members: slugs(family.members),
  adjacent: slugs(family.adjacent),
});

describe('case families (PostgreSQL, seeded)', () => {
  let ctx: TestContext;
  let sut: CasesService;
  let dataSource: DataSource;

  beforeAll(async () => {
    ctx = await createTestContext({ imports: [CasesModule], entities: CASES_ENTITIES });
    sut = ctx.app.get(CasesService);
    dataSource = ctx.app.get(DataSource);
    await ctx.app.get(SeedService).seed();
  });

  afterAll(() => ctx.close());

  const newCase = async (name: string) => (await sut.create({ caption: name, shortName: name, court: 'nysd' })).id;
  const link = (fromCaseId: string, toCaseId: string, type: CaseRelationType) =>
    dataSource.getRepository(CaseRelation).insert({ fromCaseId, toCaseId, type });

  it('gives the MDL and its members, in filing order, from the MDL or from any member, by slug or id', async () => {
    const expected = { root: MDL, members: MDL_MEMBERS, adjacent: [] };
    expect(shape(await sut.familyOf(MDL))).toEqual(expected);
    for (const member of ['nyt-v-microsoft-openai', 'daily-news-v-microsoft-openai', 'tremblay-v-openai']) {
      expect([member, shape(await sut.familyOf(member))]).toEqual([member, expected]);
    }
    const nyt = await sut.findEntity('nyt-v-microsoft-openai');
    expect(shape(await sut.familyOf(nyt.id))).toEqual(expected);
  });

  it('makes a case outside any MDL or consolidation the root of its own family, whatever other relations it has', async () => {
    for (const lone of ['bartz-v-anthropic', 'kadrey-v-meta', 'umg-v-suno', 'getty-images-v-stability-ai-ded']) {
      expect(shape(await sut.familyOf(lone))).toEqual({ root: lone, members: [], adjacent: [] });
    }
  });

  it('with asHead, takes the named case as the head: NYT heads the Daily News case consolidated into it', async () => {
    expect(shape(await sut.familyOf('nyt-v-microsoft-openai', { asHead: true }))).toEqual({
      root: 'nyt-v-microsoft-openai',
      members: ['daily-news-v-microsoft-openai'],
      adjacent: [],
    });
    expect(shape(await sut.familyOf('authors-guild-v-openai', { asHead: true }))).toEqual({
      root: 'authors-guild-v-openai',
      members: [],
      adjacent: [],
    });
    expect(shape(await sut.familyOf(MDL, { asHead: true }))).toEqual({ root: MDL, members: MDL_MEMBERS, adjacent: [] });
  });

  it('with adjacent, adds the cases one relation of any type away from the root that are not members', async () => {
    // Tremblay was also transferred to the MDL: a member already, not counted twice.
    expect(shape(await sut.familyOf('tremblay-v-openai', { adjacent: true }))).toEqual({
      root: MDL,
      members: MDL_MEMBERS,
      adjacent: [],
    });
    expect(shape(await sut.familyOf('kadrey-v-meta', { adjacent: true }))).toEqual({
      root: 'kadrey-v-meta',
      members: [],
      adjacent: ['tremblay-v-openai'],
    });
    expect(shape(await sut.familyOf('getty-images-v-stability-ai-ded', { adjacent: true }))).toEqual({
      root: 'getty-images-v-stability-ai-ded',
      members: [],
      adjacent: ['getty-images-v-stability-ai-cand', 'getty-images-v-stability-ai-uk'],
    });
    expect(shape(await sut.familyOf('tremblay-v-openai', { adjacent: true, asHead: true }))).toEqual({
      root: 'tremblay-v-openai',
      members: [],
      adjacent: ['kadrey-v-meta', MDL],
    });
  });

  it('answers an unknown case with case_not_found', async () => {
    await expect(sut.familyOf('no-such-case')).rejects.toMatchObject({ code: CasesErrorCode.CaseNotFound });
  });

  it('follows membership through consolidations, in both directions, without an MDL too', async () => {
    const [mdl, lead, consolidated, alone, joined] = await Promise.all(
      ['Test MDL', 'Test Lead', 'Test Consolidated', 'Test Alone', 'Test Joined'].map(newCase),
    );
    await link(lead, mdl, CaseRelationType.MdlMember);
    await link(consolidated, lead, CaseRelationType.ConsolidatedWith);
    await link(joined, alone, CaseRelationType.ConsolidatedWith);
    const expected = { root: 'test-mdl', members: ['test-consolidated', 'test-lead'], adjacent: [] };
    expect(shape(await sut.familyOf(consolidated))).toEqual(expected);
    expect(shape(await sut.familyOf(mdl))).toEqual(expected);
    expect(shape(await sut.familyOf(joined))).toEqual({ root: 'test-alone', members: ['test-joined'], adjacent: [] });
    expect(shape(await sut.familyOf(consolidated, { asHead: true }))).toEqual({
      root: 'test-consolidated',
      members: [],
      adjacent: [],
    });
  });

  it('prefers the MDL when a case is both an MDL member and consolidated into a case outside it', async () => {
    const [mdl, other, both] = await Promise.all(['Pref MDL', 'Pref Other', 'Pref Both'].map(newCase));
    await link(both, other, CaseRelationType.ConsolidatedWith);
    await link(both, mdl, CaseRelationType.MdlMember);
    expect((await sut.familyOf(both)).root.slug).toBe('pref-mdl');
  });

  it('stops on a cycle of memberships instead of looping', async () => {
    const [a, b, c] = await Promise.all(['Cycle A', 'Cycle B', 'Cycle C'].map(newCase));
    await link(a, b, CaseRelationType.ConsolidatedWith);
    await link(b, c, CaseRelationType.ConsolidatedWith);
    await link(c, a, CaseRelationType.ConsolidatedWith);
    const family = await sut.familyOf(a);
    expect(family.root.slug).toBe('cycle-c');
    expect(slugs(family.members).sort()).toEqual(['cycle-a', 'cycle-b']);
  });

  it('names the heads whose family takes each case in, in one call', async () => {
    const id = async (slug: string) => (await sut.findEntity(slug)).id;
    const [dailyNews, nyt, mdl, kadrey, tremblay] = await Promise.all(
      ['daily-news-v-microsoft-openai', 'nyt-v-microsoft-openai', MDL, 'kadrey-v-meta', 'tremblay-v-openai'].map(id),
    );
    const strict = await sut.familyHeadsOf([dailyNews, kadrey, '00000000-0000-4000-8000-000000000000']);
    expect(strict.get(dailyNews)).toEqual([dailyNews, nyt, mdl].sort());
    expect(strict.get(kadrey)).toEqual([kadrey]);
    expect(strict.has('00000000-0000-4000-8000-000000000000')).toBe(false);
    expect((await sut.familyHeadsOf([kadrey], { adjacent: true })).get(kadrey)).toEqual([kadrey, tremblay].sort());
    expect(await sut.familyHeadsOf([])).toEqual(new Map());
  });

  // Runs last: over every case, the seeded ones and those the tests above linked.
  it.each<[string, FamilyOptions]>([
    ['members only', {}],
    ['with adjacent cases', { adjacent: true }],
  ])('is the exact inverse of the family of each head (%s)', async (_name, options) => {
    const ids = (await dataSource.getRepository(Case).find({ select: { id: true } })).map((c) => c.id);
    expect(ids.length).toBeGreaterThan(24);
    const heads = await sut.familyHeadsOf(ids, options);
    let memberships = 0;
    for (const head of ids) {
      const family = await sut.familyOf(head, { ...options, asHead: true });
      const inFamily = new Set([family.root, ...family.members, ...family.adjacent].map((c) => c.id));
      memberships += inFamily.size - 1;
      for (const other of ids) {
        expect([head, other, heads.get(other)?.includes(head)]).toEqual([head, other, inFamily.has(other)]);
      }
    }
    expect(memberships).toBeGreaterThan(10);
  });
});
