import { CommonError } from '@casetrail/core';
import { createTestContext, TestContext } from '@casetrail/testing';
import { CasesError } from '../cases-error';
import { CASES_ENTITIES } from '../cases.entities';
import { CasesModule } from '../cases.module';
import { PartyRole } from '../parties/party-role';
import { SeedService } from '../seed/seed.service';
import { CaseStatus } from './case-status';
import { CasesService } from './cases.service';

describe('CasesService (PostgreSQL)', () => {
  let ctx: TestContext;
  let sut: CasesService;

  beforeAll(async () => {
    ctx = await createTestContext({ imports: [CasesModule], entities: CASES_ENTITIES });
    sut = ctx.app.get(CasesService);
    await ctx.app.get(SeedService).seed();
  });

  afterAll(() => ctx.close());

  it('pages through every seeded case once, newest filing first', async () => {
    const seen: string[] = [];
    const filed: (string | null)[] = [];
    let cursor: string | undefined;
    do {
      const page = await sut.list({ limit: 5, cursor });
      seen.push(...page.items.map((c) => c.slug));
      filed.push(...page.items.map((c) => c.filedOn));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toHaveLength(24);
    expect(new Set(seen).size).toBe(24);
    const dated = filed.filter((d): d is string => d !== null);
    expect(dated).toEqual([...dated].sort().reverse());
  });

  it('filters by court, party, status and words of the caption', async () => {
    const nysd = await sut.list({ court: 'nysd', limit: 50 });
    expect(nysd.items.length).toBeGreaterThan(3);
    expect(nysd.items.every((c) => c.court.id === 'nysd')).toBe(true);

    const anthropic = await sut.list({ party: 'anthropic', limit: 50 });
    expect(anthropic.items.map((c) => c.slug).sort()).toEqual(['bartz-v-anthropic', 'concord-music-v-anthropic']);

    const settled = await sut.list({ status: CaseStatus.Settled, limit: 50 });
    expect(settled.items.every((c) => c.status === CaseStatus.Settled)).toBe(true);

    const times = await sut.list({ q: 'new york times', limit: 50 });
    expect(times.items.map((c) => c.slug)).toContain('nyt-v-microsoft-openai');
  });

  it('treats LIKE wildcards in a filter as text', async () => {
    expect((await sut.list({ q: '%', limit: 50 })).items).toHaveLength(0);
  });

  it('shows one case with its parties, judges, relations and events, by slug or id', async () => {
    const bySlug = await sut.get('bartz-v-anthropic');
    expect(bySlug.docketNumber).toBe('3:24-cv-05417');
    expect(bySlug.parties.some((p) => p.name === 'Anthropic PBC' && p.role === PartyRole.Defendant)).toBe(true);
    expect(bySlug.judges.map((j) => j.name)).toContain('William Alsup');
    expect(bySlug.events.length).toBeGreaterThan(0);
    expect((await sut.get(bySlug.id)).slug).toBe('bartz-v-anthropic');

    const nyt = await sut.get('nyt-v-microsoft-openai');
    expect(nyt.relations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          type: 'mdl_member',
          case: expect.objectContaining({ slug: 'in-re-openai-copyright-mdl-3143' }),
        }),
      ]),
    );
  });

  it('seeds idempotently', async () => {
    const again = await ctx.app.get(SeedService).seed();
    expect(again.casesCreated).toBe(0);
    expect(again.events).toBe(0);
    expect((await sut.list({ limit: 200 })).items).toHaveLength(24);
  });

  it('creates a case with a normalised docket number and refuses duplicates', async () => {
    const created = await sut.create({
      caption: 'Example Press v. Model Co.',
      shortName: 'Example Press v. Model Co.',
      court: 'nysd',
      docketNumber: '1:26-cv-123-ABC',
      parties: [{ name: 'Example Press, Inc.', role: PartyRole.Plaintiff }],
    });
    expect(created.slug).toBe('example-press-v-model-co');
    expect(created.docketNumber).toBe('1:26-cv-00123');
    expect(created.judgeInitials).toBe('ABC');
    await expect(
      sut.create({ caption: 'Other', shortName: 'Other', court: 'nysd', docketNumber: '1:26-cv-00123' }),
    ).rejects.toMatchObject({ code: 'case_already_exists' });
    await expect(sut.create({ caption: 'x', shortName: 'x', court: 'nowhere' })).rejects.toBeInstanceOf(CasesError);
  });

  it('updates a case and reports unknown ones', async () => {
    const updated = await sut.update('umg-v-suno', { status: CaseStatus.Settled, statusNote: 'test' });
    expect(updated.status).toBe(CaseStatus.Settled);
    await expect(sut.get('no-such-case')).rejects.toMatchObject({ code: 'case_not_found' });
  });

  it('rejects a cursor it did not issue', async () => {
    await expect(sut.list({ cursor: 'garbage' })).rejects.toBeInstanceOf(CommonError);
  });
});
