import { getRouteApi, Link } from '@tanstack/react-router';
import { ReactNode } from 'react';
import { useClauseHistory } from '../api/queries';
import { formatDate, formatDateTime } from '../components/format';
import { Empty, ErrorState, Loading, useTitle } from '../components/states';
import { WordDiff } from '../components/word-diff';

const route = getRouteApi('/tos/$service/$type/clauses/$key');

export function TosClausePage(): ReactNode {
  const { service, type, key } = route.useParams();
  const history = useClauseHistory({ service, type }, key);
  useTitle(history.data ? `Clause history: ${history.data.service} ${history.data.documentType}` : 'Clause history');
  return (
    <>
      <header className="page-header">
        <p className="eyebrow">
          <Link to="/tos">Terms of service</Link> ›{' '}
          <Link to="/tos/$service/$type" params={{ service, type }}>
            {history.data ? `${history.data.service} ${history.data.documentType}` : `${service} / ${type}`}
          </Link>
        </p>
        <h1>One clause through its history</h1>
        <p className="no-print">
          <Link to="/follow" search={{ type: 'clause', clauseKey: key, q: `${service}/${type}` }} className="button">
            Follow this clause
          </Link>
        </p>
      </header>
      {history.isPending ? (
        <Loading />
      ) : history.isError ? (
        <ErrorState error={history.error} title="This clause could not be shown" />
      ) : history.data.entries.length === 0 ? (
        <Empty>No version holds this clause.</Empty>
      ) : (
        <ol className="clause-history">
          {history.data.entries.map((entry) => (
            <li key={entry.version.id}>
              <h2>
                <span className={`tag tag-${entry.change}`}>{entry.change}</span>{' '}
                <time dateTime={entry.version.recordedAt}>{formatDateTime(entry.version.recordedAt)}</time>
              </h2>
              <p className="muted">
                {entry.version.service} {entry.version.documentType}
                {entry.version.effectiveDate ? `, effective ${formatDate(entry.version.effectiveDate)}` : ''}
                {entry.clause?.label ? ` · ${entry.clause.label}` : ''}
              </p>
              {entry.wordDiff ? (
                <WordDiff parts={entry.wordDiff} />
              ) : entry.clause?.text ? (
                <p className="word-diff">{entry.clause.text}</p>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
