import { getRouteApi, Link } from '@tanstack/react-router';
import { FormEvent, ReactNode, useState } from 'react';
import { useApiKey } from '../api/api-key';
import { useTosCatalog } from '../api/queries';
import { NewSubscription, useCreateSubscription } from '../api/subscriptions';
import type { CreatedSubscription } from '../api/views';
import { ApiKeyForm } from '../components/api-key-form';
import { ErrorState, useTitle } from '../components/states';
import { formReader } from '../components/form-reader';

const route = getRouteApi('/follow');
const TARGETS = [
  { value: 'case', label: 'A case' },
  { value: 'family', label: 'A case family (MDL or consolidation)' },
  { value: 'search', label: 'A saved search' },
  { value: 'party', label: 'A party' },
  { value: 'clause', label: 'A terms-of-service clause' },
] as const;
type TargetKind = (typeof TARGETS)[number]['value'];
const CHANNELS = [
  { value: 'webhook', label: 'Webhook (POST to a URL)' },
  { value: 'email', label: 'Email' },
  { value: 'feed', label: 'Atom feed' },
] as const;
type ChannelKind = (typeof CHANNELS)[number]['value'];

function isTarget(value: string | undefined): value is TargetKind {
  return TARGETS.some((t) => t.value === value);
}

function Created({ created }: { created: CreatedSubscription }): ReactNode {
  return (
    <section aria-labelledby="created-title" className="panel notice" role="status">
      <h2 id="created-title">Following</h2>
      <p>The subscription is active. Copy what follows now: it is shown only once.</p>
      <dl className="facts">
        {created.secret ? (
          <>
            <dt>Webhook signing secret</dt>
            <dd>
              <code>{created.secret}</code>
            </dd>
          </>
        ) : null}
        <dt>Feed token</dt>
        <dd>
          <code>{created.feedToken}</code>
        </dd>
      </dl>
      <p>
        <Link to="/follow/subscriptions/$id" params={{ id: created.id }}>
          See this subscription and its deliveries
        </Link>
      </p>
    </section>
  );
}

export function FollowPage(): ReactNode {
  useTitle('Follow');
  const params = route.useSearch();
  const [key] = useApiKey();
  const [target, setTarget] = useState<TargetKind>(isTarget(params.type) ? params.type : 'case');
  const [channel, setChannel] = useState<ChannelKind>('webhook');
  const create = useCreateSubscription(key);
  const catalog = useTosCatalog();
  const tosDocuments = (catalog.data?.items ?? []).flatMap((s) => s.documents);
  const preselectedTos = params.q ? tosDocuments.find((d) => `${d.serviceSlug}/${d.slug}` === params.q)?.id : undefined;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const read = formReader(event.currentTarget);
    const body: NewSubscription = {
      target:
        target === 'case' || target === 'family'
          ? { type: target, case: read('case') }
          : target === 'search'
            ? { type: 'search', q: read('q') }
            : target === 'party'
              ? { type: 'party', name: read('name') }
              : { type: 'clause', tosDocumentId: read('tosDocumentId'), clauseKey: read('clauseKey') },
      channel:
        channel === 'webhook'
          ? { type: 'webhook', url: read('url') }
          : channel === 'email'
            ? { type: 'email', email: read('email') }
            : { type: 'feed' },
      note: read('note'),
    };
    create.mutate(body);
  };

  return (
    <>
      <header className="page-header">
        <h1>Follow cases, searches and clauses</h1>
        <p className="lead">
          Get told when something new happens: by webhook, by email or in an Atom feed.{' '}
          <Link to="/follow/subscriptions">Your subscriptions</Link>
        </p>
      </header>
      <ApiKeyForm />
      {key ? (
        <section aria-labelledby="new-title" className="panel">
          <h2 id="new-title">New subscription</h2>
          <form onSubmit={submit} className="stacked-form">
            <fieldset>
              <legend>What to follow</legend>
              <div className="field">
                <label htmlFor="target-type">Follow</label>
                <select id="target-type" value={target} onChange={(e) => setTarget(e.target.value as TargetKind)}>
                  {TARGETS.map((t) => (
                    <option key={t.value} value={t.value}>
                      {t.label}
                    </option>
                  ))}
                </select>
              </div>
              {target === 'case' || target === 'family' ? (
                <div className="field">
                  <label htmlFor="target-case">Case (slug or id)</label>
                  <input id="target-case" name="case" defaultValue={params.case ?? ''} required />
                </div>
              ) : target === 'search' ? (
                <div className="field">
                  <label htmlFor="target-q">Search words</label>
                  <input id="target-q" name="q" defaultValue={params.q ?? ''} required />
                </div>
              ) : target === 'party' ? (
                <div className="field">
                  <label htmlFor="target-name">Party name</label>
                  <input id="target-name" name="name" defaultValue={params.name ?? ''} required />
                </div>
              ) : (
                <>
                  <div className="field">
                    <label htmlFor="target-tos">Terms document</label>
                    <select
                      id="target-tos"
                      name="tosDocumentId"
                      defaultValue={params.tosDocumentId ?? preselectedTos}
                      key={preselectedTos}
                      required
                    >
                      {tosDocuments.map((d) => (
                        <option key={d.id} value={d.id}>
                          {d.service} {d.documentType}
                        </option>
                      ))}
                    </select>
                  </div>
                  <div className="field">
                    <label htmlFor="target-clause">Clause key</label>
                    <input id="target-clause" name="clauseKey" defaultValue={params.clauseKey ?? ''} required />
                  </div>
                </>
              )}
            </fieldset>
            <fieldset>
              <legend>How to be told</legend>
              <div className="field">
                <label htmlFor="channel-type">Channel</label>
                <select id="channel-type" value={channel} onChange={(e) => setChannel(e.target.value as ChannelKind)}>
                  {CHANNELS.map((c) => (
                    <option key={c.value} value={c.value}>
                      {c.label}
                    </option>
                  ))}
                </select>
              </div>
              {channel === 'webhook' ? (
                <div className="field">
                  <label htmlFor="channel-url">Webhook URL</label>
                  <input id="channel-url" name="url" type="url" required placeholder="https://example.org/hook" />
                </div>
              ) : channel === 'email' ? (
                <div className="field">
                  <label htmlFor="channel-email">Email address</label>
                  <input id="channel-email" name="email" type="email" required />
                </div>
              ) : null}
              <div className="field">
                <label htmlFor="note">Note (optional)</label>
                <input id="note" name="note" />
              </div>
            </fieldset>
            <button type="submit" disabled={create.isPending}>
              {create.isPending ? 'Creating…' : 'Follow'}
            </button>
          </form>
          {create.isError ? <ErrorState error={create.error} title="The subscription was not created" /> : null}
        </section>
      ) : null}
      {create.data ? <Created created={create.data} /> : null}
    </>
  );
}
