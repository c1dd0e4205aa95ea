import { createTestContext, TestContext } from '@casetrail/testing';
import { DataSource } from 'typeorm';
import { CasesError } from '../cases-error';
import { CASES_ENTITIES } from '../cases.entities';
import { CasesModule } from '../cases.module';
import { CasesService } from '../cases/cases.service';
import { SeedService } from '../seed/seed.service';
import { CaseStage } from '../stages/case-stage';
import seedJson from '../seed/ai-cases.seed.json';
import { ClaimCode, ClaimStatus } from './claim-code';
import { ClaimsError } from './claims-error';
import { ClaimsService } from './claims.service';

describe('ClaimsService (PostgreSQL)', () => {
  let ctx: TestContext;
  let sut: ClaimsService;

  beforeAll(async () => {
    ctx = await createTestContext({ imports: [CasesModule], entities: CASES_ENTITIES });
    sut = ctx.app.get(ClaimsService);
    await ctx.app.get(SeedService).seed();
  });

  afterAll(() => ctx.close());

  it('maps the seed’s free-text claims to codes, each sourced to the case’s first source', async () => {
    const claims = await sut.list('tremblay-v-openai');
    expect(claims.map((c) => [c.heading, c.code])).toEqual(
      expect.arrayContaining([
        ['direct copyright infringement', ClaimCode.CopyrightDirect],
        ['vicarious copyright infringement', ClaimCode.CopyrightVicarious],
        ['DMCA § 1202(b)', ClaimCode.Dmca1202],
        ['unfair competition (Cal. UCL)', ClaimCode.UnfairCompetition],
        ['negligence', ClaimCode.Negligence],
        ['unjust enrichment', ClaimCode.UnjustEnrichment],
      ]),
    );
    expect(claims).toHaveLength(6);
    const tremblay = seedJson.cases.find((c) => c.slug === 'tremblay-v-openai');
    expect(claims.every((c) => c.source.url === tremblay?.sources[0]?.url && c.history.length === 1)).toBe(true);
    expect(claims.find((c) => c.code === ClaimCode.Dmca1202)?.statutes).toEqual(['17 U.S.C. § 1202(b)']);
  });

  it('keeps a status the tracker states (abandoned at trial) as a sourced change', async () => {
    const claims = await sut.list('getty-images-v-stability-ai-uk');
    const primary = claims.find((c) => c.heading === 'primary copyright infringement (abandoned at trial)');
    expect(primary).toMatchObject({ code: ClaimCode.CopyrightDirect, status: ClaimStatus.Withdrawn });
    expect(primary?.history.map((h) => [h.fromStatus, h.status])).toEqual([
      [null, ClaimStatus.Pending],
      [ClaimStatus.Pending, ClaimStatus.Withdrawn],
    ]);
  });

  it('seeding again adds no claim twice', async () => {
    const before = (await sut.list('kadrey-v-meta')).length;
    const again = await ctx.app.get(SeedService).seed();
    expect(again.claims).toBe(0);
    expect(await sut.list('kadrey-v-meta')).toHaveLength(before);
  });

  it('records a status change with its source, and refuses one without a source or for another case’s claim', async () => {
    const [claim] = await sut.list('kadrey-v-meta');
    const changed = await sut.recordStatus('kadrey-v-meta', claim.id, {
      status: ClaimStatus.Dismissed,
      entryNumber: 56,
      page: 3,
      decidedOn: '2023-11-20',
    });
    expect(changed.status).toBe(ClaimStatus.Dismissed);
    expect(changed.history.at(-1)).toMatchObject({
      fromStatus: ClaimStatus.Pending,
      status: ClaimStatus.Dismissed,
      decidedOn: '2023-11-20',
      source: { documentId: null, entryNumber: 56, page: 3, url: null },
    });
    await expect(sut.recordStatus('kadrey-v-meta', claim.id, { status: ClaimStatus.Survived })).rejects.toMatchObject({
      code: 'claim_status_source_missing',
    });
    await expect(
      sut.recordStatus('bartz-v-anthropic', claim.id, { status: ClaimStatus.Survived, entryNumber: 1 }),
    ).rejects.toBeInstanceOf(ClaimsError);
    await expect(sut.list('no-such-case')).rejects.toBeInstanceOf(CasesError);
    expect((await sut.list('kadrey-v-meta')).find((c) => c.id === claim.id)?.status).toBe(ClaimStatus.Dismissed);
  });

  it('stores claims read from a complaint, sourced to the document and page, once', async () => {
    const cases = ctx.app.get(CasesService);
    const bartz = await cases.findEntity('bartz-v-anthropic');
    const documentId = '00000000-0000-4000-8000-000000000001';
    const pages = [
      { number: 16, text: 'facts' },
      { number: 17, text: 'COUNT I — Contributory and Vicarious Copyright Infringement\n(17 U.S.C. § 501)' },
    ];
    const added = await ctx.app
      .get(DataSource)
      .transaction((m) => sut.recordPleaded(m, { caseId: bartz.id, documentId, entryNumber: 1 }, pages));
    expect(added).toBe(2);
    expect(
      await ctx.app
        .get(DataSource)
        .transaction((m) => sut.recordPleaded(m, { caseId: bartz.id, documentId, entryNumber: 1 }, pages)),
    ).toBe(0);
    const pleaded = (await sut.list('bartz-v-anthropic')).filter((c) => c.source.documentId === documentId);
    expect(pleaded.map((c) => [c.label, c.code, c.source.page, c.source.entryNumber])).toEqual([
      ['COUNT I', ClaimCode.CopyrightContributory, 17, 1],
      ['COUNT I', ClaimCode.CopyrightVicarious, 17, 1],
    ]);
  });

  it('gives every seeded case a stage with what set it', async () => {
    const cases = ctx.app.get(CasesService);
    const settled = await cases.get('bartz-v-anthropic');
    expect(Object.values(CaseStage)).toContain(settled.stage);
    expect(settled.stageSource).not.toBeNull();
    expect(settled.claimRecords.length).toBeGreaterThan(0);
  });
});
