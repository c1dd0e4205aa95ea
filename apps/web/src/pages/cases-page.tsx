import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { FormEvent, ReactNode } from 'react';
import { useCases } from '../api/queries';
import { formatDate, humanize } from '../components/format';
import { Empty, ErrorState, Loading, useTitle } from '../components/states';
import { formReader } from '../components/form-reader';

const route = getRouteApi('/cases');
const STATUSES = ['', 'pending', 'settled', 'dismissed', 'judgment', 'on_appeal', 'transferred', 'closed'];

export function CasesPage(): ReactNode {
  useTitle('Cases');
  const params = route.useSearch();
  const navigate = useNavigate();
  const cases = useCases(params);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const read = formReader(event.currentTarget);
    void navigate({
      to: '/cases',
      search: { q: read('q'), court: read('court'), status: read('status'), party: read('party') },
    });
  };
  return (
    <>
      <h1>Cases</h1>
      <form className="filters" action="/cases" method="get" onSubmit={submit} aria-label="Filter cases">
        <div className="field field-wide">
          <label htmlFor="cases-q">Words</label>
          <input id="cases-q" type="search" name="q" defaultValue={params.q ?? ''} />
        </div>
        <div className="field">
          <label htmlFor="cases-court">Court</label>
          <input id="cases-court" name="court" defaultValue={params.court ?? ''} placeholder="nysd" />
        </div>
        <div className="field">
          <label htmlFor="cases-status">Status</label>
          <select id="cases-status" name="status" defaultValue={params.status ?? ''}>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {s === '' ? 'Any status' : humanize(s)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="cases-party">Party</label>
          <input id="cases-party" name="party" defaultValue={params.party ?? ''} placeholder="OpenAI" />
        </div>
        <div className="field field-actions">
          <button type="submit">Filter</button>
        </div>
      </form>
      {cases.isPending ? (
        <Loading />
      ) : cases.isError ? (
        <ErrorState error={cases.error} />
      ) : cases.data.items.length === 0 ? (
        <Empty>No case matches these filters.</Empty>
      ) : (
        <>
          <ul className="case-list">
            {cases.data.items.map((c) => (
              <li key={c.id}>
                <h2>
                  <Link to="/cases/$slug" params={{ slug: c.slug }}>
                    {c.shortName ?? c.caption}
                  </Link>
                </h2>
                <p className="muted">
                  {c.court.name} · {c.docketNumber ?? 'no docket number'} · filed {formatDate(c.filedOn)}
                </p>
                <p>
                  <span className={`status status-${c.status}`}>{humanize(c.status)}</span>{' '}
                  {c.parties
                    .slice(0, 4)
                    .map((p) => p.name)
                    .join(', ')}
                  {c.parties.length > 4 ? ` and ${c.parties.length - 4} more` : ''}
                </p>
              </li>
            ))}
          </ul>
          {cases.data.nextCursor ? (
            <nav aria-label="Case list pages" className="pager">
              <Link to="/cases" search={{ ...params, cursor: cases.data.nextCursor }}>
                More cases
              </Link>
            </nav>
          ) : null}
        </>
      )}
    </>
  );
}
