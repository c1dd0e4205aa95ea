import { ADMIN, AlertsKit, createAlertsKit } from '../testing/alerts-test-kit';
import { AlertMatcher } from './matching/alert-matcher';
import { ChannelType, TargetType } from './subscriptions/subscription-enums';
import { SubscriptionsService } from './subscriptions/subscriptions.service';

describe('family subscriptions (PostgreSQL, seeded)', () => {
  let kit: AlertsKit;
  let subscriptions: SubscriptionsService;
  let matcher: AlertMatcher;

  beforeAll(async () => {
    kit = await createAlertsKit({ startWorkers: false });
    subscriptions = kit.ctx.app.get(SubscriptionsService);
    matcher = kit.ctx.app.get(AlertMatcher);
  });

  afterAll(() => kit.close());

  const subscribe = (slug: string) =>
    subscriptions.create(
      { target: { type: TargetType.Family, case: slug }, channel: { type: ChannelType.Feed } },
      ADMIN,
    );

  /** The slugs of the cases whose new docket entry `subscriptionId` matches, among `slugs`. */
  const firingCases = async (subscriptionId: string, slugs: string[]): Promise<string[]> => {
    const firing: string[] = [];
    for (const slug of slugs) {
      const event = await kit.recordDocketEntry((await kit.caseBySlug(slug)).id, {
        description: `An order in ${slug}`,
      });
      if ((await matcher.findMatches(event)).includes(subscriptionId)) firing.push(slug);
    }
    return firing;
  };

  const OPENAI_MDL = [
    'in-re-openai-copyright-mdl-3143',
    'nyt-v-microsoft-openai',
    'daily-news-v-microsoft-openai',
    'authors-guild-v-openai',
    'tremblay-v-openai',
    'raw-story-v-openai',
    'intercept-v-openai',
  ];
  const OTHERS = [
    'kadrey-v-meta',
    'bartz-v-anthropic',
    'gema-v-openai',
    'getty-images-v-stability-ai-ded',
    'getty-images-v-stability-ai-cand',
    'getty-images-v-stability-ai-uk',
  ];

  it('keys a member’s family on its MDL, and fires on the MDL and every member', async () => {
    const sub = await subscribe('daily-news-v-microsoft-openai');
    const mdl = await kit.caseBySlug('in-re-openai-copyright-mdl-3143');
    expect(sub.target).toEqual({ type: 'family', caseId: mdl.id, slug: mdl.slug, caption: mdl.shortName });
    expect(await firingCases(sub.id, [...OPENAI_MDL, ...OTHERS])).toEqual(OPENAI_MDL);
    expect((await subscribe('in-re-openai-copyright-mdl-3143')).target).toEqual(sub.target);
  });

  it('keys a case outside any MDL on itself, and fires on it and on every case one relation away', async () => {
    const kadrey = await subscribe('kadrey-v-meta');
    expect(kadrey.target).toMatchObject({ slug: 'kadrey-v-meta' });
    // Kadrey is `related` to Tremblay (an MDL member), not to the MDL or its other members.
    expect(await firingCases(kadrey.id, [...OPENAI_MDL, ...OTHERS])).toEqual(['tremblay-v-openai', 'kadrey-v-meta']);

    const getty = await subscribe('getty-images-v-stability-ai-ded');
    expect(await firingCases(getty.id, [...OPENAI_MDL, ...OTHERS])).toEqual([
      'getty-images-v-stability-ai-ded',
      'getty-images-v-stability-ai-cand',
      'getty-images-v-stability-ai-uk',
    ]);
    const bartz = await subscribe('bartz-v-anthropic');
    expect(await firingCases(bartz.id, [...OPENAI_MDL, ...OTHERS])).toEqual(['bartz-v-anthropic']);
  });

  it('refuses a family of an unknown case', async () => {
    await expect(subscribe('no-such-case')).rejects.toMatchObject({ code: 'alert_target_not_found' });
  });
});
