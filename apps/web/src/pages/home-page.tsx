import { Link } from '@tanstack/react-router';
import { ReactNode } from 'react';
import { useCase, useCases, useSearch, useTimeline, useTosCatalog } from '../api/queries';
import type { CaseSummary } from '../api/views';
import { formatDate, formatEpochDate, humanize } from '../components/format';
import { HitLink } from '../components/hit-link';
import { SearchBox } from '../components/search-box';
import { Empty, ErrorState, Loading, useTitle } from '../components/states';

const RECENT = 8;

function LatestInCases({ cases }: { cases: CaseSummary[] }): ReactNode {
  const timeline = useTimeline({ cases: cases.map((c) => c.slug).join(',') }, cases.length > 0);
  if (timeline.isPending) return <Loading />;
  if (timeline.isError) return <ErrorState error={timeline.error} />;
  const items = [...timeline.data.items]
    .filter((item) => item.date)
    .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''))
    .slice(0, RECENT);
  if (items.length === 0) return <Empty>No dated events yet.</Empty>;
  return (
    <ol className="feed">
      {items.map((item) => (
        <li key={item.id}>
          <time dateTime={item.date ?? undefined}>{formatDate(item.date)}</time>
          <Link to="/cases/$slug" params={{ slug: item.caseSlug }} className="feed-case">
            {item.caseName}
          </Link>
          <span className="feed-title">
            <span className="tag">{humanize(item.type)}</span> {item.title}
          </span>
        </li>
      ))}
    </ol>
  );
}

function NewestFilings(): ReactNode {
  const filings = useSearch({ kind: 'filing', sort: 'filedAt:desc', limit: 100 });
  if (filings.isPending) return <Loading />;
  if (filings.isError) return <ErrorState error={filings.error} />;
  const seen = new Set<string>();
  const newest = filings.data.hits.filter((hit) => {
    if (!hit.documentId || seen.has(hit.documentId)) return false;
    seen.add(hit.documentId);
    return true;
  });
  if (newest.length === 0) return <Empty>No filings ingested yet.</Empty>;
  return (
    <ol className="feed">
      {newest.slice(0, RECENT).map((hit) => (
        <li key={hit.id}>
          <time>{formatEpochDate(hit.filedAt)}</time>
          {hit.caseSlug ? (
            <Link to="/cases/$slug" params={{ slug: hit.caseSlug }} className="feed-case">
              {hit.caseName}
            </Link>
          ) : null}
          <span className="feed-title">
            <HitLink hit={{ ...hit, page: 1 }} />
          </span>
        </li>
      ))}
    </ol>
  );
}

function TosChanges(): ReactNode {
  const catalog = useTosCatalog();
  if (catalog.isPending) return <Loading />;
  if (catalog.isError) return <ErrorState error={catalog.error} />;
  const documents = catalog.data.items
    .flatMap((service) => service.documents)
    .filter((d) => d.lastChangeAt)
    .sort((a, b) => (b.lastChangeAt ?? '').localeCompare(a.lastChangeAt ?? ''))
    .slice(0, RECENT);
  if (documents.length === 0) return <Empty>No terms of service imported yet.</Empty>;
  return (
    <ol className="feed">
      {documents.map((d) => (
        <li key={d.id}>
          <time dateTime={d.lastChangeAt ?? undefined}>{formatDate(d.lastChangeAt)}</time>
          <span className="feed-case">{d.service}</span>
          <span className="feed-title">
            <Link to="/tos/$service/$type/diff" params={{ service: d.serviceSlug, type: d.slug }}>
              {d.documentType}: latest change
            </Link>
          </span>
        </li>
      ))}
    </ol>
  );
}

function Family({ head }: { head: CaseSummary }): ReactNode {
  const detail = useCase(head.slug);
  const members = (detail.data?.relations ?? []).filter(
    (r, index, all) => r.direction === 'incoming' && all.findIndex((o) => o.case.id === r.case.id) === index,
  );
  return (
    <li className="family">
      <h3>
        <Link to="/cases/$slug" params={{ slug: head.slug }}>
          {head.shortName ?? head.caption}
        </Link>
      </h3>
      <p className="muted">
        {head.court.name} · {head.docketNumber}
      </p>
      {detail.isError ? <ErrorState error={detail.error} /> : null}
      {members.length > 0 ? (
        <ul className="chips">
          {members.map((m) => (
            <li key={m.case.id}>
              <Link to="/cases/$slug" params={{ slug: m.case.slug }}>
                {m.case.shortName ?? m.case.slug}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}

export function HomePage(): ReactNode {
  useTitle('AI copyright cases and terms of service');
  const cases = useCases({});
  const all = cases.data?.items ?? [];
  const heads = all.filter((c) => /-md-/.test(c.docketNumber ?? ''));
  return (
    <>
      <section className="hero">
        <h1>Follow the AI copyright cases</h1>
        <p className="lead">
          Filings page by page, dockets, timelines and the AI companies’ terms of service, word by word.
        </p>
        <SearchBox />
      </section>
      <div className="grid-3">
        <section aria-labelledby="latest-cases">
          <h2 id="latest-cases">Latest in the cases</h2>
          {cases.isError ? (
            <ErrorState error={cases.error} />
          ) : cases.isPending ? (
            <Loading />
          ) : (
            <LatestInCases cases={all} />
          )}
        </section>
        <section aria-labelledby="latest-filings">
          <h2 id="latest-filings">Newest filings</h2>
          <NewestFilings />
        </section>
        <section aria-labelledby="latest-tos">
          <h2 id="latest-tos">Terms of service changes</h2>
          <TosChanges />
        </section>
      </div>
      <section aria-labelledby="families">
        <h2 id="families">Case families</h2>
        {cases.isPending ? <Loading /> : null}
        {heads.length > 0 ? (
          <ul className="families">
            {heads.map((head) => (
              <Family key={head.id} head={head} />
            ))}
          </ul>
        ) : cases.isSuccess ? (
          <Empty>No multidistrict litigation tracked yet.</Empty>
        ) : null}
        <p>
          <Link to="/cases">All {all.length > 0 ? all.length : ''} cases</Link>
        </p>
      </section>
    </>
  );
}
