import { randomUUID } from 'node:crypto';
import {
  Case,
  CASES_ENTITIES,
  CasesErrorCode,
  CasesModule,
  PartiesService,
  PartyRole,
  SeedService,
} from '@casetrail/cases';
import { DomainEvent, EventsModule } from '@casetrail/events';
import { createTestContext, TestContext } from '@casetrail/testing';
import { DataSource } from 'typeorm';
import { CitationsModule } from '../citations.module';
import { extractCitations } from '../extraction/extract-citations';
import { Citation } from '../storage/citation.entity';
import { CitationSourceKind } from '../storage/citation-source';
import { CitationsService } from '../storage/citations.service';
import { CaseGraphService } from './case-graph.service';
import { LinkKind, RelatedReason } from './case-links';
import { RelatedCasesService } from './related-cases.service';

describe('related cases and the case graph (PostgreSQL, seeded)', () => {
  let ctx: TestContext;
  let related: RelatedCasesService;
  let graph: CaseGraphService;
  const ids = new Map<string, string>();

  const reasonsOf = async (slug: string) => {
    const view = await related.related(slug);
    return new Map(view.related.map((r) => [r.case.slug, r.reasons]));
  };

  beforeAll(async () => {
    ctx = await createTestContext({
      imports: [EventsModule, CasesModule, CitationsModule],
      entities: [...CASES_ENTITIES, DomainEvent, Citation],
    });
    related = ctx.app.get(RelatedCasesService);
    graph = ctx.app.get(CaseGraphService);
    const dataSource = ctx.app.get(DataSource);
    await ctx.app.get(SeedService).seed();
    for (const c of await dataSource.getRepository(Case).find()) ids.set(c.slug, c.id);
    // A filing of Bartz that cites Ross by its reporter citation.
    await dataSource.transaction((manager) =>
      ctx.app
        .get(CitationsService)
        .replaceForSource(
          manager,
          { kind: CitationSourceKind.Document, id: randomUUID(), caseId: ids.get('bartz-v-anthropic') },
          extractCitations('Thomson Reuters v. Ross, 765 F. Supp. 3d 382, 398 (D. Del. 2025). Id. at 399.'),
        ),
    );
  });

  afterAll(() => ctx.close());

  it('relates NYT to the MDL, its other members, the consolidated Daily News case and the cases sharing OpenAI or Microsoft', async () => {
    const reasons = await reasonsOf('nyt-v-microsoft-openai');
    expect(reasons.get('in-re-openai-copyright-mdl-3143')).toContainEqual(
      expect.objectContaining({ kind: 'relation', type: 'mdl_member', direction: 'outgoing' }),
    );
    for (const member of [
      'authors-guild-v-openai',
      'tremblay-v-openai',
      'raw-story-v-openai',
      'intercept-v-openai',
      'daily-news-v-microsoft-openai',
    ]) {
      expect(reasons.get(member)).toContainEqual(
        expect.objectContaining({
          kind: 'mdl_sibling',
          mdl: expect.objectContaining({ slug: 'in-re-openai-copyright-mdl-3143' }),
        }),
      );
    }
    expect(reasons.get('daily-news-v-microsoft-openai')).toContainEqual(
      expect.objectContaining({ kind: 'relation', type: 'consolidated_with', direction: 'incoming' }),
    );
    const github = reasons.get('doe-v-github') ?? [];
    const shared = github.filter(
      (r): r is Extract<RelatedReason, { kind: 'shared_party' }> => r.kind === 'shared_party',
    );
    expect(shared.map((r) => [r.group, r.roles.thisCase, r.roles.otherCase]).sort()).toEqual([
      ['Microsoft', ['defendant'], ['defendant']],
      ['OpenAI', ['defendant'], ['defendant']],
    ]);
    expect(shared.find((r) => r.group === 'OpenAI')?.names.otherCase).toContain('OpenAI Startup Fund I, L.P.');
    expect(reasons.get('gema-v-openai')).toContainEqual(
      expect.objectContaining({ kind: 'shared_party', group: 'OpenAI' }),
    );
    expect(reasons.get('a-t-v-openai')?.map((r) => r.kind)).toEqual(['shared_party', 'shared_party']);
    expect(reasons.get('raw-story-v-openai')).toContainEqual({ kind: 'shared_judge', judge: 'Sidney H. Stein' });
    expect(reasons.has('bartz-v-anthropic')).toBe(false);
    expect(reasons.has('nyt-v-microsoft-openai')).toBe(false);
  });

  it('calls only fellow members of the family siblings: not the MDL itself, its members from the MDL, nor a lone case', async () => {
    const siblingsOf = async (slug: string) =>
      [...(await reasonsOf(slug)).entries()]
        .filter(([, reasons]) => reasons.some((r) => r.kind === 'mdl_sibling'))
        .map(([other]) => other)
        .sort();
    expect(await siblingsOf('daily-news-v-microsoft-openai')).toEqual([
      'authors-guild-v-openai',
      'intercept-v-openai',
      'nyt-v-microsoft-openai',
      'raw-story-v-openai',
      'tremblay-v-openai',
    ]);
    expect(await siblingsOf('in-re-openai-copyright-mdl-3143')).toEqual([]);
    expect(await siblingsOf('kadrey-v-meta')).toEqual([]);
    expect(await siblingsOf('bartz-v-anthropic')).toEqual([]);
    const tremblay = await reasonsOf('tremblay-v-openai');
    expect(tremblay.get('nyt-v-microsoft-openai')?.filter((r) => r.kind === 'mdl_sibling')).toHaveLength(1);
  });

  it('orders the strongest reasons first: the MDL before a case that only shares a party', async () => {
    const slugs = (await related.related('nyt-v-microsoft-openai')).related.map((r) => r.case.slug);
    expect(slugs.indexOf('in-re-openai-copyright-mdl-3143')).toBeLessThan(slugs.indexOf('doe-v-github'));
    expect(slugs.indexOf('daily-news-v-microsoft-openai')).toBeLessThan(slugs.indexOf('a-t-v-openai'));
  });

  it('links a citing case and the cited case both ways', async () => {
    expect((await reasonsOf('bartz-v-anthropic')).get('thomson-reuters-v-ross')).toContainEqual({
      kind: 'cites',
      count: 2,
      keys: ['765 F. Supp. 3d 382'],
    });
    expect((await reasonsOf('thomson-reuters-v-ross')).get('bartz-v-anthropic')).toContainEqual({
      kind: 'cited_by',
      count: 2,
      keys: ['765 F. Supp. 3d 382'],
    });
  });

  it('answers an unknown case with case_not_found', async () => {
    await expect(related.related('no-such-case')).rejects.toMatchObject({ code: CasesErrorCode.CaseNotFound });
  });

  describe('graph', () => {
    it('walks relations to the requested depth', async () => {
      const one = await graph.graph({ case: 'kadrey-v-meta', depth: 1, kinds: [LinkKind.Relation] });
      expect(one.nodes.map((n) => [n.slug, n.depth])).toEqual([
        ['kadrey-v-meta', 0],
        ['tremblay-v-openai', 1],
      ]);
      const two = await graph.graph({ case: 'kadrey-v-meta', depth: 2, kinds: [LinkKind.Relation] });
      expect(two.nodes.find((n) => n.slug === 'in-re-openai-copyright-mdl-3143')?.depth).toBe(2);
      const three = await graph.graph({ case: 'kadrey-v-meta', depth: 3, kinds: [LinkKind.Relation] });
      expect(three.nodes.find((n) => n.slug === 'nyt-v-microsoft-openai')?.depth).toBe(3);
      expect(three.truncated).toBe(false);
      const nodeIds = new Set(three.nodes.map((n) => n.id));
      for (const edge of three.edges) {
        expect(nodeIds.has(edge.source) && nodeIds.has(edge.target)).toBe(true);
        expect(edge.kind).toBe(LinkKind.Relation);
      }
      expect(three.edges).toContainEqual(
        expect.objectContaining({
          source: ids.get('tremblay-v-openai'),
          target: ids.get('in-re-openai-copyright-mdl-3143'),
          label: 'transferred_to',
          directed: true,
        }),
      );
      // Edges among the last level are included: Daily News is consolidated with NYT, both at depth 3.
      expect(three.edges).toContainEqual(
        expect.objectContaining({
          source: ids.get('daily-news-v-microsoft-openai'),
          target: ids.get('nyt-v-microsoft-openai'),
          label: 'consolidated_with',
        }),
      );
    });

    it('caps the depth at 3 and draws one undirected edge per shared party group and a directed edge per citing case', async () => {
      const view = await graph.graph({ case: 'bartz-v-anthropic', depth: 9 });
      expect(view.depth).toBe(3);
      expect(view.edges).toContainEqual(
        expect.objectContaining({
          kind: LinkKind.Citation,
          source: ids.get('bartz-v-anthropic'),
          target: ids.get('thomson-reuters-v-ross'),
          count: 2,
        }),
      );
      const concord = view.edges.filter((e) => e.kind === LinkKind.Party && e.label === 'Anthropic');
      expect(concord).toHaveLength(1);
      expect(new Set(view.edges.map((e) => e.id)).size).toBe(view.edges.length);
    });

    it('draws one edge for a party spelt differently in the two cases', async () => {
      const dataSource = ctx.app.get(DataSource);
      const parties = ctx.app.get(PartiesService);
      await dataSource.transaction(async (manager) => {
        await parties.attach(manager, ids.get('umg-v-suno') ?? '', 'Example Press, Inc.', PartyRole.Amicus);
        await parties.attach(manager, ids.get('disney-v-midjourney') ?? '', 'Example Press LLC', PartyRole.Amicus);
      });
      const view = await graph.graph({ case: 'umg-v-suno', depth: 2, kinds: [LinkKind.Party] });
      const example = view.edges.filter((e) => e.label.startsWith('Example Press'));
      expect(example).toHaveLength(1);
      expect(new Set([example[0].source, example[0].target])).toEqual(
        new Set([ids.get('umg-v-suno'), ids.get('disney-v-midjourney')]),
      );
      const reasons = (await reasonsOf('disney-v-midjourney')).get('umg-v-suno');
      expect(reasons).toEqual([
        expect.objectContaining({
          kind: 'shared_party',
          group: 'Example Press LLC',
          groupKey: 'party:example press',
          organisation: false,
          roles: { thisCase: ['amicus'], otherCase: ['amicus'] },
        }),
      ]);
    });
  });
});
