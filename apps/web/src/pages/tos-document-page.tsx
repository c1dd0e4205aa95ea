import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { FormEvent, ReactNode } from 'react';
import { useTosAsOf, useTosVersions } from '../api/queries';
import type { TosVersion } from '../api/views';
import { formatDate, formatDateTime, humanize } from '../components/format';
import { Empty, ErrorState, Loading, useTitle } from '../components/states';
import { TableWrap } from '../components/table-wrap';

const route = getRouteApi('/tos/$service/$type');

function counts(version: TosVersion): string {
  const c = version.changeCounts;
  if (!c || version.kind === 'first') return `${version.clauseCount} clauses`;
  return `${c.added} added, ${c.removed} removed, ${c.modified} modified, ${c.moved} moved`;
}

function AsOf({ service, type, date }: { service: string; type: string; date: string }): ReactNode {
  const version = useTosAsOf({ service, type }, date);
  if (version.isPending) return <Loading />;
  if (version.isError) return <ErrorState error={version.error} title={`No version on ${formatDate(date)}`} />;
  const v = version.data;
  return (
    <section aria-labelledby="as-of-title" className="panel">
      <h2 id="as-of-title">In force on {formatDate(date)}</h2>
      <p className="muted">
        {v.service} {v.documentType}, recorded {formatDateTime(v.recordedAt)}
        {v.effectiveDate ? `, effective ${formatDate(v.effectiveDate)}` : ''} · {v.clauseCount} clauses
      </p>
      <ol className="clauses">
        {v.clauses.map((clause) => (
          <li
            key={`${clause.key}-${clause.ordinal}`}
            className={clause.kind === 'heading' ? 'clause-heading' : undefined}
          >
            {clause.label ? <span className="clause-label">{clause.label} </span> : null}
            <Link to="/tos/$service/$type/clauses/$key" params={{ service, type, key: clause.key }}>
              {clause.text}
            </Link>
          </li>
        ))}
      </ol>
    </section>
  );
}

export function TosDocumentPage(): ReactNode {
  const { service, type } = route.useParams();
  const { asOf, cursor } = route.useSearch();
  const navigate = useNavigate();
  const versions = useTosVersions({ service, type }, cursor);
  const first = versions.data?.items[0];
  useTitle(first ? `${first.service} ${first.documentType}` : 'Terms of service');
  const pick = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = new FormData(event.currentTarget).get('asOf');
    void navigate({
      to: '/tos/$service/$type',
      params: { service, type },
      search: { asOf: typeof value === 'string' && value ? value : undefined, cursor },
    });
  };
  return (
    <>
      <header className="page-header">
        <p className="eyebrow">
          <Link to="/tos">Terms of service</Link>
        </p>
        <h1>{first ? `${first.service} ${first.documentType}` : `${service} / ${type}`}</h1>
        <p className="no-print">
          <Link to="/tos/$service/$type/diff" params={{ service, type }} className="button button-secondary">
            Latest change
          </Link>
        </p>
      </header>
      <form onSubmit={pick} className="filters filters-inline">
        <div className="field">
          <label htmlFor="asOf">Show the version in force on</label>
          <input id="asOf" name="asOf" type="date" defaultValue={asOf ?? ''} required />
        </div>
        <div className="field field-actions">
          <button type="submit">Show</button>
        </div>
      </form>
      {asOf ? <AsOf service={service} type={type} date={asOf} /> : null}
      <section aria-labelledby="versions-title">
        <h2 id="versions-title">Versions, newest first</h2>
        {versions.isPending ? (
          <Loading />
        ) : versions.isError ? (
          <ErrorState error={versions.error} />
        ) : versions.data.items.length === 0 ? (
          <Empty>No versions recorded.</Empty>
        ) : (
          <TableWrap label="Versions">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">Recorded</th>
                  <th scope="col">Effective</th>
                  <th scope="col">Document</th>
                  <th scope="col">Changes</th>
                  <th scope="col">Compare</th>
                </tr>
              </thead>
              <tbody>
                {versions.data.items.map((v) => (
                  <tr key={v.id}>
                    <td>
                      <time dateTime={v.recordedAt}>{formatDateTime(v.recordedAt)}</time>
                    </td>
                    <td>{v.effectiveDate ? formatDate(v.effectiveDate) : '—'}</td>
                    <td>
                      {v.documentType !== first?.documentType || v.service !== first.service
                        ? `${v.service} ${v.documentType}`
                        : humanize(v.kind)}
                    </td>
                    <td>{counts(v)}</td>
                    <td>
                      {v.previousVersionId ? (
                        <Link
                          to="/tos/$service/$type/diff"
                          params={{ service, type }}
                          search={{ from: v.previousVersionId, to: v.id }}
                        >
                          What changed<span className="visually-hidden"> on {formatDateTime(v.recordedAt)}</span>
                        </Link>
                      ) : (
                        'first version'
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        )}
        {versions.data?.nextCursor ? (
          <nav aria-label="Version pages" className="pager">
            <Link
              to="/tos/$service/$type"
              params={{ service, type }}
              search={{ asOf, cursor: versions.data.nextCursor }}
            >
              Older versions
            </Link>
          </nav>
        ) : null}
      </section>
    </>
  );
}
