import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { FormEvent, ReactNode } from 'react';
import { useSearch } from '../api/queries';
import { formatEpochDate, humanize, plural } from '../components/format';
import { HitLink } from '../components/hit-link';
import { MarkedSnippet } from '../components/marked-text';
import { Empty, ErrorState, Loading, useTitle } from '../components/states';
import type { SearchPageParams } from '../search-params';
import { formReader } from '../components/form-reader';

const route = getRouteApi('/search');
const FACETS = ['kind', 'court', 'case', 'documentType', 'year'] as const;
const FACET_LABELS: Record<(typeof FACETS)[number], string> = {
  kind: 'Kind',
  court: 'Court',
  case: 'Case',
  documentType: 'Document type',
  year: 'Year filed',
};
const KINDS = ['', 'case', 'filing', 'tos'];

/** A facet value as a filter: `year` narrows the filing dates, the others set their own parameter. */
function withFacet(params: SearchPageParams, facet: (typeof FACETS)[number], value: string): SearchPageParams {
  const next: SearchPageParams = { ...params, cursor: undefined };
  if (facet === 'year') return { ...next, filedFrom: `${value}-01-01`, filedTo: `${value}-12-31` };
  return { ...next, [facet]: value };
}

function isActive(params: SearchPageParams, facet: (typeof FACETS)[number], value: string): boolean {
  if (facet === 'year') return params.filedFrom === `${value}-01-01` && params.filedTo === `${value}-12-31`;
  return params[facet] === value;
}

function without(params: SearchPageParams, facet: (typeof FACETS)[number]): SearchPageParams {
  if (facet === 'year') return { ...params, filedFrom: undefined, filedTo: undefined, cursor: undefined };
  return { ...params, [facet]: undefined, cursor: undefined };
}

function Filters({ params }: { params: SearchPageParams }): ReactNode {
  const navigate = useNavigate();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const read = formReader(event.currentTarget);
    void navigate({
      to: '/search',
      search: {
        q: read('q'),
        kind: read('kind'),
        court: read('court'),
        case: read('case'),
        documentType: read('documentType'),
        filedFrom: read('filedFrom'),
        filedTo: read('filedTo'),
      },
    });
  };
  return (
    <form role="search" action="/search" method="get" className="filters" onSubmit={submit}>
      <div className="field field-wide">
        <label htmlFor="q">Search for</label>
        <input id="q" type="search" name="q" defaultValue={params.q ?? ''} key={params.q ?? ''} />
      </div>
      <div className="field">
        <label htmlFor="kind">Kind</label>
        <select id="kind" name="kind" defaultValue={params.kind ?? ''} key={params.kind ?? ''}>
          {KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {kind === '' ? 'Everything' : humanize(kind)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="court">Court</label>
        <input id="court" name="court" defaultValue={params.court ?? ''} key={params.court ?? ''} placeholder="cand" />
      </div>
      <div className="field">
        <label htmlFor="case">Case</label>
        <input id="case" name="case" defaultValue={params.case ?? ''} key={params.case ?? ''} placeholder="slug" />
      </div>
      <div className="field">
        <label htmlFor="documentType">Document type</label>
        <input
          id="documentType"
          name="documentType"
          defaultValue={params.documentType ?? ''}
          key={params.documentType ?? ''}
          placeholder="order"
        />
      </div>
      <div className="field">
        <label htmlFor="filedFrom">Filed from</label>
        <input
          id="filedFrom"
          type="date"
          name="filedFrom"
          defaultValue={params.filedFrom ?? ''}
          key={params.filedFrom ?? ''}
        />
      </div>
      <div className="field">
        <label htmlFor="filedTo">Filed to</label>
        <input id="filedTo" type="date" name="filedTo" defaultValue={params.filedTo ?? ''} key={params.filedTo ?? ''} />
      </div>
      <div className="field field-actions">
        <button type="submit">Search</button>
      </div>
    </form>
  );
}

export function SearchPage(): ReactNode {
  const params = route.useSearch();
  useTitle(params.q ? `“${params.q}” — search` : 'Search');
  const hasQuery = Object.values(params).some((v) => v !== undefined);
  const result = useSearch({ ...params, limit: 20, facets: FACETS.join(',') }, hasQuery);

  return (
    <>
      <h1>Search</h1>
      <Filters params={params} />
      {!hasQuery ? (
        <Empty>Type words, a “quoted phrase”, OR between alternatives, or -word to exclude.</Empty>
      ) : result.isPending ? (
        <Loading label="Searching…" />
      ) : result.isError ? (
        <ErrorState error={result.error} title="The search failed" />
      ) : (
        <div className="search-layout">
          <aside aria-labelledby="facets-title" className="facets">
            <h2 id="facets-title">Refine</h2>
            {FACETS.map((facet) => {
              const counts = Object.entries(result.data.facets[facet] ?? {});
              if (counts.length === 0) return null;
              return (
                <section key={facet} className="facet">
                  <h3>{FACET_LABELS[facet]}</h3>
                  <ul>
                    {counts.slice(0, 12).map(([value, count]) => {
                      const active = isActive(params, facet, value);
                      return (
                        <li key={value}>
                          <Link
                            to="/search"
                            search={active ? without(params, facet) : withFacet(params, facet, value)}
                            aria-current={active ? 'true' : undefined}
                            className={active ? 'facet-active' : undefined}
                          >
                            {facet === 'kind' || facet === 'documentType' ? humanize(value) : value}{' '}
                            <span className="count">({count.toLocaleString('en-GB')})</span>
                            {active ? <span className="visually-hidden"> (selected; select to remove)</span> : null}
                          </Link>
                        </li>
                      );
                    })}
                  </ul>
                </section>
              );
            })}
          </aside>
          <section aria-labelledby="results-title" className="results">
            <h2 id="results-title" aria-live="polite">
              {plural(result.data.total, 'result')}
              {params.q ? ` for “${result.data.correctedQuery ?? params.q}”` : ''}
            </h2>
            {result.data.correctedQuery ? (
              <p className="did-you-mean">
                Nothing matched “{params.q}” as typed. Did you mean{' '}
                <Link to="/search" search={{ ...params, q: result.data.correctedQuery, cursor: undefined }}>
                  {result.data.correctedQuery}
                </Link>
                ? The results below are for it.
              </p>
            ) : null}
            {result.data.hits.length === 0 ? (
              <Empty>No results. Try fewer words or remove a filter.</Empty>
            ) : (
              <ol className="hits">
                {result.data.hits.map((hit) => (
                  <li key={hit.id} className="hit">
                    <p className="hit-meta">
                      <span className="tag">{humanize(hit.kind)}</span>
                      {hit.caseName ? <span>{hit.caseName}</span> : null}
                      {hit.service ? <span>{hit.service}</span> : null}
                      {hit.court ? <span>{hit.court}</span> : null}
                      {hit.filedAt ? <span>{formatEpochDate(hit.filedAt)}</span> : null}
                    </p>
                    <h3 className="hit-title">
                      <HitLink hit={hit} q={params.q} />
                    </h3>
                    <p className="snippet">
                      <MarkedSnippet snippet={hit.snippet} />
                    </p>
                  </li>
                ))}
              </ol>
            )}
            <nav aria-label="Result pages" className="pager">
              {params.cursor ? (
                <Link to="/search" search={{ ...params, cursor: undefined }}>
                  First page
                </Link>
              ) : null}
              {result.data.nextCursor ? (
                <Link to="/search" search={{ ...params, cursor: result.data.nextCursor }}>
                  Next results
                </Link>
              ) : null}
            </nav>
          </section>
        </div>
      )}
    </>
  );
}
