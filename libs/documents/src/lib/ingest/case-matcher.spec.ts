import { Case, CASES_ENTITIES, CasesModule, SeedService } from '@casetrail/cases';
import { createTestContext, TestContext } from '@casetrail/testing';
import { DataSource, EntityManager } from 'typeorm';
import { DOCUMENTS_ENTITIES } from '../documents.entities';
import { matchCase, sameDocket } from './case-matcher';

describe('sameDocket', () => {
  it('matches with or without the office prefix and judge initials, not across offices', () => {
    expect(sameDocket('3:24-cv-05417', '3:24-cv-05417-WHA')).toBe(true);
    expect(sameDocket('3:24-cv-05417', '24-cv-5417')).toBe(true);
    expect(sameDocket('3:24-cv-05417', '5:24-cv-05417')).toBe(false);
    expect(sameDocket('3:24-cv-05417', '3:24-cr-05417')).toBe(false);
    expect(sameDocket('20-1507', '20-1507')).toBe(true);
  });
});

describe('matchCase (PostgreSQL)', () => {
  let ctx: TestContext;
  let manager: EntityManager;
  let bartzId: string;

  beforeAll(async () => {
    ctx = await createTestContext({ imports: [CasesModule], entities: [...CASES_ENTITIES, ...DOCUMENTS_ENTITIES] });
    await ctx.app.get(SeedService).seed();
    manager = ctx.app.get(DataSource).manager;
    bartzId = (await manager.getRepository(Case).findOneByOrFail({ slug: 'bartz-v-anthropic' })).id;
  });

  afterAll(() => ctx.close());

  it('attaches by court and docket number', async () => {
    await expect(matchCase(manager, '3:24-cv-05417', 'cand')).resolves.toEqual({ caseId: bartzId, courtId: 'cand' });
  });

  it('infers the court from the one tracked case with that number when the caption names none', async () => {
    await expect(matchCase(manager, '3:24-cv-05417', null)).resolves.toEqual({ caseId: bartzId, courtId: 'cand' });
  });

  it('does not attach the same number in another court, but keeps a known court', async () => {
    await expect(matchCase(manager, '3:24-cv-05417', 'nysd')).resolves.toEqual({ caseId: null, courtId: 'nysd' });
    await expect(matchCase(manager, '3:24-cv-05417', 'wvsd')).resolves.toEqual({ caseId: null, courtId: null });
  });

  it('attaches nothing when the number is ambiguous without a court', async () => {
    const nysd = await manager.getRepository(Case).findOneByOrFail({ slug: 'nyt-v-microsoft-openai' });
    await manager.getRepository(Case).save(
      manager.getRepository(Case).create({
        slug: 'same-number-elsewhere',
        caption: 'X v. Y',
        shortName: 'X v. Y',
        courtId: nysd.courtId,
        docketNumber: '3:24-cv-05417',
      }),
    );
    await expect(matchCase(manager, '3:24-cv-05417', null)).resolves.toEqual({ caseId: null, courtId: null });
    await expect(matchCase(manager, '3:24-cv-05417', 'cand')).resolves.toEqual({ caseId: bartzId, courtId: 'cand' });
  });

  it('attaches nothing without a docket number', async () => {
    await expect(matchCase(manager, null, 'cand')).resolves.toEqual({ caseId: null, courtId: 'cand' });
  });
});
