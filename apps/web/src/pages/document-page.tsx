import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { FormEvent, ReactNode } from 'react';
import { apiUrl } from '../api/client';
import { useDocument, useDocumentCitations, useDocumentPage, useSearch } from '../api/queries';
import type { DocumentCitation } from '../api/views';
import { formatDate, humanize } from '../components/format';
import { HighlightedText, queryTerms } from '../components/marked-text';
import { Empty, ErrorState, Loading, useTitle } from '../components/states';

const route = getRouteApi('/documents/$id');

/** Drops pleading paper's margin line numbers (a run of lines "1", "2", … "28"), which read as noise. */
export function tidyPageText(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length;) {
    let j = i;
    while (j < lines.length && /^\s*\d{1,2}\s*$/.test(lines[j] ?? '')) j += 1;
    if (j - i >= 10) i = j;
    else {
      out.push(...lines.slice(i, Math.max(j, i + 1)));
      i = Math.max(j, i + 1);
    }
  }
  return out.join('\n');
}

function CitationsOnPage({ citations }: { citations: DocumentCitation[] }): ReactNode {
  if (citations.length === 0) return <Empty>No citations found on this page.</Empty>;
  return (
    <ul className="citations">
      {citations.map((c) => (
        <li key={c.id}>
          <span className="tag">{humanize(c.type)}</span>{' '}
          {c.resolvedCase ? (
            <Link to="/cases/$slug" params={{ slug: c.resolvedCase.slug }}>
              {c.matchedText}
            </Link>
          ) : (
            <span>{c.matchedText}</span>
          )}
          {c.resolvedCase ? <span className="muted"> → {c.resolvedCase.shortName ?? c.resolvedCase.slug}</span> : null}
          {c.key !== c.matchedText ? <span className="muted"> ({c.key})</span> : null}
        </li>
      ))}
    </ul>
  );
}

function MatchingPages({ id, q, current }: { id: string; q: string; current: number }): ReactNode {
  const matches = useSearch({ document: id, q, limit: 50 });
  if (!matches.data || matches.data.hits.length === 0) return null;
  const pages = [...new Set(matches.data.hits.map((h) => h.page).filter((p): p is number => p !== null))].sort(
    (a, b) => a - b,
  );
  return (
    <nav aria-label={`Pages matching “${q}”`} className="matching-pages no-print">
      <span>Pages matching “{q}”:</span>
      <ul className="chips">
        {pages.map((page) => (
          <li key={page}>
            <Link
              to="/documents/$id"
              params={{ id }}
              search={{ page, q }}
              aria-current={page === current ? 'page' : undefined}
            >
              {page}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function DocumentPage(): ReactNode {
  const { id } = route.useParams();
  const { page: requested, q } = route.useSearch();
  const navigate = useNavigate();
  const page = requested ?? 1;
  const document = useDocument(id);
  const text = useDocumentPage(id, page);
  const citations = useDocumentCitations(id);
  useTitle(document.data ? `${document.data.title ?? 'Filing'}, page ${page}` : undefined);

  if (document.isPending) return <Loading label="Loading the filing…" />;
  if (document.isError) return <ErrorState error={document.error} title="This filing could not be shown" />;
  const doc = document.data;
  const pageCount = doc.pageCount ?? text.data?.pageCount ?? page;
  const go = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = Number(new FormData(event.currentTarget).get('page'));
    if (Number.isInteger(value) && value >= 1 && value <= pageCount) {
      void navigate({ to: '/documents/$id', params: { id }, search: { page: value, q } });
    }
  };
  const onPage = (citations.data?.citations ?? []).filter((c) => c.page === page);
  return (
    <article className="document">
      <header className="page-header">
        <p className="eyebrow">
          {doc.case ? (
            <Link to="/cases/$slug" params={{ slug: doc.case.slug }}>
              {doc.case.shortName ?? doc.case.slug}
            </Link>
          ) : (
            'Filing'
          )}
          {doc.ecfNumber ? ` › ECF ${doc.ecfNumber}` : ''}
        </p>
        <h1>{doc.title ?? doc.originalFileName ?? 'Filing'}</h1>
        <p className="muted">
          {[
            humanize(doc.documentType),
            doc.court,
            doc.docketNumber,
            doc.filedOn ? `filed ${formatDate(doc.filedOn)}` : null,
          ]
            .filter(Boolean)
            .join(' · ')}
        </p>
      </header>
      <nav aria-label="Pages of the filing" className="page-nav no-print">
        {page > 1 ? (
          <Link to="/documents/$id" params={{ id }} search={{ page: page - 1, q }} rel="prev">
            ← Page {page - 1}
          </Link>
        ) : (
          <span aria-hidden="true" />
        )}
        <form onSubmit={go} className="page-jump">
          <label htmlFor="page-number">Page</label>
          <input id="page-number" name="page" type="number" min={1} max={pageCount} defaultValue={page} key={page} />
          <span>of {pageCount}</span>
          <button type="submit">Go</button>
        </form>
        {page < pageCount ? (
          <Link to="/documents/$id" params={{ id }} search={{ page: page + 1, q }} rel="next">
            Page {page + 1} →
          </Link>
        ) : (
          <span aria-hidden="true" />
        )}
      </nav>
      <p className="no-print">
        <a
          href={`${apiUrl(`/api/v1/documents/${encodeURIComponent(id)}/file`)}#page=${page}`}
          className="button button-secondary"
        >
          Open the PDF at page {page}
        </a>
      </p>
      {q ? <MatchingPages id={id} q={q} current={page} /> : null}
      <div className="document-layout">
        <section aria-labelledby="page-text-title" className="page-text-section">
          <h2 id="page-text-title">Page {page}</h2>
          {text.isPending ? (
            <Loading />
          ) : text.isError ? (
            <ErrorState error={text.error} title="This page could not be shown" />
          ) : text.data.text.trim() === '' ? (
            <Empty>This page has no text layer.</Empty>
          ) : (
            <pre className="page-text">
              <HighlightedText text={tidyPageText(text.data.text)} terms={queryTerms(q ?? '')} />
            </pre>
          )}
        </section>
        <aside aria-labelledby="page-citations" className="page-citations">
          <h2 id="page-citations">Citations on this page</h2>
          {citations.isPending ? (
            <Loading />
          ) : citations.isError ? (
            <ErrorState error={citations.error} />
          ) : (
            <CitationsOnPage citations={onPage} />
          )}
        </aside>
      </div>
    </article>
  );
}
