import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { FormEvent, ReactNode } from 'react';
import { useTosDiff } from '../api/queries';
import type { TosChange, TosVersion } from '../api/views';
import { formatDate, formatDateTime } from '../components/format';
import { Empty, ErrorState, Loading, useTitle } from '../components/states';
import { WordDiff } from '../components/word-diff';
import { formReader } from '../components/form-reader';

const route = getRouteApi('/tos/$service/$type/diff');

function versionLabel(v: TosVersion): string {
  return `${v.service} ${v.documentType}, recorded ${formatDateTime(v.recordedAt)}${
    v.effectiveDate ? `, effective ${formatDate(v.effectiveDate)}` : ''
  }`;
}

function Change({ change, service, type }: { change: TosChange; service: string; type: string }): ReactNode {
  const label = change.after?.label ?? change.before?.label ?? null;
  const heading = (change.after?.headingPath ?? change.before?.headingPath ?? []).join(' › ');
  return (
    <li className={`change change-${change.kind}`}>
      <p className="change-meta">
        <span className={`tag tag-${change.kind}`}>{change.kind}</span>
        {label ? <span className="clause-label">{label}</span> : null}
        {heading ? <span className="muted">{heading}</span> : null}
        <Link to="/tos/$service/$type/clauses/$key" params={{ service, type, key: change.key }}>
          History<span className="visually-hidden"> of clause {label ?? change.key}</span>
        </Link>
      </p>
      {change.kind === 'modified' && change.wordDiff ? (
        <WordDiff parts={change.wordDiff} />
      ) : change.kind === 'added' ? (
        <WordDiff parts={[{ op: 'insert', text: change.after?.text ?? '' }]} />
      ) : change.kind === 'removed' ? (
        <WordDiff parts={[{ op: 'delete', text: change.before?.text ?? '' }]} />
      ) : (
        <>
          <p className="moved-note">
            Moved
            {change.before?.label && change.after?.label && change.before.label !== change.after.label
              ? ` from ${change.before.label} to ${change.after.label}`
              : change.before?.ordinal !== undefined && change.after?.ordinal !== undefined
                ? ` from position ${change.before.ordinal} to ${change.after.ordinal}`
                : ''}
            {change.wordDiff ? ', and reworded:' : ', text unchanged:'}
          </p>
          {change.wordDiff ? <WordDiff parts={change.wordDiff} /> : <p className="word-diff">{change.after?.text}</p>}
        </>
      )}
    </li>
  );
}

export function TosDiffPage(): ReactNode {
  const { service, type } = route.useParams();
  const { from, to } = route.useSearch();
  const navigate = useNavigate();
  const diff = useTosDiff({ service, type }, from, to);
  useTitle(diff.data ? `${diff.data.to.service} ${diff.data.to.documentType}: changes` : 'Terms of service changes');
  const compare = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const read = formReader(event.currentTarget);
    void navigate({
      to: '/tos/$service/$type/diff',
      params: { service, type },
      search: { from: read('from'), to: read('to') },
    });
  };
  return (
    <>
      <header className="page-header">
        <p className="eyebrow">
          <Link to="/tos">Terms of service</Link> ›{' '}
          <Link to="/tos/$service/$type" params={{ service, type }}>
            All versions
          </Link>
        </p>
        <h1>What changed</h1>
      </header>
      <form onSubmit={compare} className="filters filters-inline">
        <div className="field">
          <label htmlFor="diff-from">From (date or version id)</label>
          <input id="diff-from" name="from" defaultValue={from ?? ''} placeholder="2025-05-28" />
        </div>
        <div className="field">
          <label htmlFor="diff-to">To (date or version id)</label>
          <input id="diff-to" name="to" defaultValue={to ?? ''} placeholder="2025-05-31" />
        </div>
        <div className="field field-actions">
          <button type="submit">Compare</button>
        </div>
      </form>
      {diff.isPending ? (
        <Loading label="Comparing…" />
      ) : diff.isError ? (
        <ErrorState error={diff.error} title="These versions could not be compared" />
      ) : (
        <>
          <dl className="facts">
            <dt>From</dt>
            <dd>{diff.data.from ? versionLabel(diff.data.from) : 'nothing (the first version)'}</dd>
            <dt>To</dt>
            <dd>{versionLabel(diff.data.to)}</dd>
            <dt>Changes</dt>
            <dd>
              {diff.data.changeCounts.added} added, {diff.data.changeCounts.removed} removed,{' '}
              {diff.data.changeCounts.modified} modified, {diff.data.changeCounts.moved} moved
            </dd>
          </dl>
          <p className="legend" aria-hidden="true">
            <ins>inserted words</ins> <del>deleted words</del>
          </p>
          {diff.data.changes.length === 0 ? (
            <Empty>No clause changed between these versions.</Empty>
          ) : (
            <ol className="changes">
              {diff.data.changes.map((change, index) => (
                <Change key={`${change.key}-${index}`} change={change} service={service} type={type} />
              ))}
            </ol>
          )}
        </>
      )}
    </>
  );
}
