import { getRouteApi, Link } from '@tanstack/react-router';
import { ReactNode } from 'react';
import { apiUrl } from '../api/client';
import { useCase, useCaseDocuments, useRelated } from '../api/queries';
import type { CaseDetail, Hearing, RelatedCases, RelatedReason } from '../api/views';
import { formatDate, humanize } from '../components/format';
import { Empty, ErrorState, Loading, useTitle } from '../components/states';
import { TableWrap } from '../components/table-wrap';
import { CaseDocket } from './case-docket';

const route = getRouteApi('/cases/$slug');

const EXPORTS: { format: string; label: string }[] = [
  { format: 'pdf', label: 'PDF' },
  { format: 'csv', label: 'CSV' },
  { format: 'ics', label: 'Calendar (ICS)' },
  { format: 'md', label: 'Markdown' },
  { format: 'json', label: 'JSON' },
  { format: 'svg', label: 'Picture (SVG)' },
];

function describeReason(reason: RelatedReason): string {
  switch (reason.kind) {
    case 'relation':
      return `${humanize(reason.type)} (${reason.direction === 'incoming' ? 'of this case' : 'this case is'})`;
    case 'mdl_sibling':
      return `same family (${reason.mdl.shortName ?? reason.mdl.slug})`;
    case 'shared_party':
      return `shared party: ${reason.group}`;
    case 'shared_judge':
      return `same judge: ${reason.judge}`;
    case 'cites':
      return `this case cites it (${reason.count})`;
    case 'cited_by':
      return `cites this case (${reason.count})`;
  }
}

/** "7 May 2027, 14:00 (America/Los_Angeles)": court-local, as the docket gives it; the zone when known. */
function hearingWhen(h: Hearing): string {
  const zone = h.time && h.timeZone ? ` (${h.timeZone})` : h.time ? ' (court time)' : '';
  return `${formatDate(h.date)}${h.time ? `, ${h.time}` : ''}${zone}`;
}

/** The next hearing (not a deadline) read from the docket, with the entry that set or last moved it. */
function NextHearing({ next }: { next: Hearing | null }): ReactNode {
  if (!next) return null;
  const source = next.lastChangedBy.entryNumber ?? next.setBy.entryNumber;
  return (
    <>
      <dt>Next hearing</dt>
      <dd className="next-hearing">
        {next.label} — {hearingWhen(next)}
        {next.status === 'rescheduled' ? ' (rescheduled)' : ''}
        {source !== null ? <span className="muted"> · ECF {source}</span> : null}
      </dd>
    </>
  );
}

function Facts({ data }: { data: CaseDetail }): ReactNode {
  return (
    <dl className="facts">
      <dt>Court</dt>
      <dd>{data.court.name}</dd>
      <dt>Docket number</dt>
      <dd>{data.docketNumberAsWritten ?? data.docketNumber ?? 'not known'}</dd>
      <dt>Filed</dt>
      <dd>{formatDate(data.filedOn)}</dd>
      {data.terminatedOn ? (
        <>
          <dt>Terminated</dt>
          <dd>{formatDate(data.terminatedOn)}</dd>
        </>
      ) : null}
      <dt>Status</dt>
      <dd>
        <span className={`status status-${data.status}`}>{humanize(data.status)}</span>
        {data.statusNote ? <span className="status-note"> — {data.statusNote}</span> : null}
      </dd>
      <dt>Stage</dt>
      <dd>
        {humanize(data.stage)}
        {data.stageSource?.text ? (
          <span className="muted">
            {' '}
            — set by {data.stageSource.entryNumber !== null ? `ECF ${data.stageSource.entryNumber}: ` : ''}“
            {data.stageSource.text.slice(0, 120)}”
            {data.stageSource.date ? ` (${formatDate(data.stageSource.date)})` : ''}
          </span>
        ) : null}
      </dd>
      <NextHearing next={data.nextHearing} />
      <dt>Judges</dt>
      <dd>
        {data.judges.length === 0
          ? 'not recorded'
          : data.judges.map((j) => `${j.name}${j.title ? `, ${j.title}` : ''} (${humanize(j.role)})`).join('; ')}
      </dd>
      {data.claims.length > 0 && data.claimRecords.length === 0 ? (
        <>
          <dt>Claims</dt>
          <dd>{data.claims.join('; ')}</dd>
        </>
      ) : null}
    </dl>
  );
}

type ClaimSource = CaseDetail['claimRecords'][number]['source'];

function SourceLink({ source, label }: { source: ClaimSource; label: string }): ReactNode {
  const where = [
    source.entryNumber !== null ? `ECF ${source.entryNumber}` : null,
    source.page ? `p. ${source.page}` : null,
  ]
    .filter(Boolean)
    .join(', ');
  if (source.documentId) {
    return (
      <Link to="/documents/$id" params={{ id: source.documentId }} search={{ page: source.page ?? 1 }}>
        {where || 'Filing'}
        <span className="visually-hidden"> for {label}</span>
      </Link>
    );
  }
  if (source.url) {
    return (
      <a href={source.url} rel="noopener noreferrer external">
        {where || 'Source'}
        <span className="visually-hidden"> for {label}</span>
      </a>
    );
  }
  return where ? <span>{where}</span> : <span className="muted">no source</span>;
}

function Claims({ data }: { data: CaseDetail }): ReactNode {
  if (data.claimRecords.length === 0) return null;
  return (
    <section aria-labelledby="claims" className="panel">
      <h2 id="claims">Claims</h2>
      <TableWrap label="Claims">
        <table>
          <thead>
            <tr>
              <th scope="col">Claim as pleaded</th>
              <th scope="col">Kind</th>
              <th scope="col">Status</th>
              <th scope="col">Source</th>
            </tr>
          </thead>
          <tbody>
            {data.claimRecords.map((claim) => {
              const last = claim.history[claim.history.length - 1];
              return (
                <tr key={claim.id}>
                  <td>
                    {claim.label ? `${claim.label}: ` : ''}
                    {claim.heading}
                  </td>
                  <td>{humanize(claim.code)}</td>
                  <td>
                    {humanize(claim.status)}
                    {last && last.status !== 'pending' ? (
                      <>
                        {' '}
                        (<SourceLink source={last.source} label={`the ${humanize(claim.status)} status`} />)
                      </>
                    ) : null}
                  </td>
                  <td>
                    <SourceLink source={claim.source} label={claim.heading} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableWrap>
    </section>
  );
}

function Parties({ data }: { data: CaseDetail }): ReactNode {
  const roles = [...new Set(data.parties.map((p) => p.role))];
  return (
    <section aria-labelledby="parties" className="panel">
      <h2 id="parties">Parties</h2>
      {roles.length === 0 ? <Empty>No parties recorded.</Empty> : null}
      <dl className="parties">
        {roles.map((role) => (
          <div key={role}>
            <dt>{humanize(role)}s</dt>
            {data.parties
              .filter((p) => p.role === role)
              .map((p) => (
                <dd key={p.name}>{p.name}</dd>
              ))}
          </div>
        ))}
      </dl>
    </section>
  );
}

function Timeline({ data }: { data: CaseDetail }): ReactNode {
  const dated = data.events.filter((e) => e.date);
  const span =
    dated.length > 0 ? ` from ${formatDate(dated[0]?.date)} to ${formatDate(dated[dated.length - 1]?.date)}` : '';
  return (
    <section aria-labelledby="timeline" className="panel">
      <h2 id="timeline">Timeline</h2>
      {/* Focusable: on a phone the picture scrolls sideways, and keyboard users must be able to scroll it too. */}
      <figure className="timeline-figure" tabIndex={0} aria-label="Timeline picture (scrolls sideways)">
        <img
          src={apiUrl(`/api/v1/cases/${encodeURIComponent(data.slug)}/timeline`, { format: 'svg' })}
          alt={`Timeline picture of ${data.shortName ?? data.caption}: ${data.events.length} events${span}, listed below.`}
          width={1200}
          height={282}
        />
      </figure>
      <div className="exports no-print" role="group" aria-label="Download the timeline">
        <span>Download the timeline:</span>
        {EXPORTS.map((e) => (
          <a
            key={e.format}
            className="button button-secondary"
            href={apiUrl(`/api/v1/cases/${encodeURIComponent(data.slug)}/timeline`, { format: e.format })}
            download
          >
            {e.label}
          </a>
        ))}
      </div>
      {data.events.length === 0 ? (
        <Empty>No dated events yet.</Empty>
      ) : (
        <ol className="events">
          {data.events.map((event) => (
            <li key={event.id}>
              <time dateTime={event.date ?? undefined}>{formatDate(event.date)}</time>
              <div>
                <p className="event-title">
                  <span className="tag">{humanize(event.type)}</span> {event.title}
                </p>
                {event.summary ? <p className="muted">{event.summary}</p> : null}
                {event.dateNote ? <p className="muted">Date: {event.dateNote}</p> : null}
                {event.sourceUrl ? (
                  <p className="source">
                    <a href={event.sourceUrl} rel="noopener noreferrer external">
                      Source<span className="visually-hidden"> for “{event.title}”</span>
                    </a>
                  </p>
                ) : null}
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function Documents({ slug }: { slug: string }): ReactNode {
  const documents = useCaseDocuments(slug);
  return (
    <section aria-labelledby="documents" className="panel">
      <h2 id="documents">Documents</h2>
      {documents.isPending ? (
        <Loading />
      ) : documents.isError ? (
        <ErrorState error={documents.error} />
      ) : documents.data.items.length === 0 ? (
        <Empty>No filings of this case are in Casetrail yet.</Empty>
      ) : (
        <ul className="documents">
          {documents.data.items.map((d) => (
            <li key={d.id}>
              <Link to="/documents/$id" params={{ id: d.id }} search={{ page: 1 }}>
                {d.title ?? d.originalFileName ?? 'Untitled filing'}
              </Link>
              <span className="muted">
                {' '}
                {[
                  d.ecfNumber ? `ECF ${d.ecfNumber}` : null,
                  humanize(d.documentType),
                  d.filedOn ? `filed ${formatDate(d.filedOn)}` : null,
                  d.pageCount ? `${d.pageCount} pages` : null,
                  d.status !== 'indexed' ? humanize(d.status) : null,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

type CitingCase = { case: RelatedCases['related'][number]['case']; keys: string[]; count: number };

function CitingCases({ citing, empty }: { citing: CitingCase[]; empty: string }): ReactNode {
  if (citing.length === 0) return <Empty>{empty}</Empty>;
  return (
    <ul>
      {citing.map((c) => (
        <li key={c.case.id}>
          <Link to="/cases/$slug" params={{ slug: c.case.slug }}>
            {c.case.shortName ?? c.case.slug}
          </Link>{' '}
          <span className="muted">
            ({c.count}×: {c.keys.join(', ')})
          </span>
        </li>
      ))}
    </ul>
  );
}

function Related({ data, related }: { data: CaseDetail; related: RelatedCases | undefined }): ReactNode {
  const citing = (kind: 'cites' | 'cited_by'): CitingCase[] =>
    (related?.related ?? []).flatMap((r) =>
      r.reasons
        .filter((reason): reason is Extract<RelatedReason, { kind: 'cites' | 'cited_by' }> => reason.kind === kind)
        .map((reason) => ({ case: r.case, keys: reason.keys, count: reason.count })),
    );
  const made = citing('cites');
  const received = citing('cited_by');
  return (
    <>
      <section aria-labelledby="family" className="panel">
        <h2 id="family">Family and related cases</h2>
        {data.relations.length > 0 ? (
          <ul className="relations">
            {data.relations.map((r) => (
              <li key={`${r.type}-${r.case.id}`}>
                <span className="tag">{humanize(r.type)}</span>{' '}
                <Link to="/cases/$slug" params={{ slug: r.case.slug }}>
                  {r.case.shortName ?? r.case.slug}
                </Link>
                {r.note ? <span className="muted"> — {r.note}</span> : null}
              </li>
            ))}
          </ul>
        ) : null}
        {related === undefined ? (
          <Loading />
        ) : related.related.length === 0 ? (
          <Empty>No related cases found.</Empty>
        ) : (
          <ul className="related">
            {related.related.map((r) => (
              <li key={r.case.id}>
                <Link to="/cases/$slug" params={{ slug: r.case.slug }}>
                  {r.case.shortName ?? r.case.caption}
                </Link>
                <span className="muted"> — {r.reasons.map(describeReason).join('; ')}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="citations" className="panel">
        <h2 id="citations">Citations</h2>
        <h3>Made by this case’s filings</h3>
        <CitingCases citing={made} empty="None resolved to a tracked case." />
        <h3>Received from other cases</h3>
        <CitingCases citing={received} empty="No tracked case cites this one yet." />
      </section>
    </>
  );
}

export function CasePage(): ReactNode {
  const { slug } = route.useParams();
  const params = route.useSearch();
  const detail = useCase(slug);
  const related = useRelated(slug);
  useTitle(detail.data?.shortName ?? detail.data?.caption ?? slug);
  if (detail.isPending) return <Loading label="Loading the case…" />;
  if (detail.isError) return <ErrorState error={detail.error} title="This case could not be shown" />;
  const data = detail.data;
  return (
    <article className="case">
      <header className="page-header">
        <p className="eyebrow">
          <Link to="/cases">Cases</Link> › {data.court.id}
        </p>
        <h1>{data.shortName ?? data.caption}</h1>
        {data.shortName ? <p className="caption">{data.caption}</p> : null}
        <p className="no-print">
          <Link to="/follow" search={{ case: data.slug, type: 'case' }} className="button">
            Follow this case
          </Link>{' '}
          <Link to="/search" search={{ case: data.slug }} className="button button-secondary">
            Search in this case
          </Link>
        </p>
      </header>
      <Facts data={data} />
      <Claims data={data} />
      <Timeline data={data} />
      <CaseDocket slug={data.slug} params={params} />
      <Documents slug={data.slug} />
      {related.isError ? <ErrorState error={related.error} /> : <Related data={data} related={related.data} />}
      <Parties data={data} />
    </article>
  );
}
