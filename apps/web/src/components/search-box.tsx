import { useNavigate } from '@tanstack/react-router';
import { FormEvent, ReactNode, useState } from 'react';

/** The site's search form: a real GET form to /search that the router takes over when scripts run. */
export function SearchBox({ initial = '' }: { initial?: string }): ReactNode {
  const navigate = useNavigate();
  const [q, setQ] = useState(initial);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void navigate({ to: '/search', search: { q: q.trim() || undefined } });
  };
  return (
    <form role="search" action="/search" method="get" className="search-box" onSubmit={submit}>
      <label htmlFor="site-search" className="visually-hidden">
        Search cases, filings and terms of service
      </label>
      <input
        id="site-search"
        type="search"
        name="q"
        value={q}
        onChange={(event) => setQ(event.target.value)}
        placeholder="fair use, Bartz, “Permitted Exception”…"
        autoComplete="off"
      />
      <button type="submit">Search</button>
    </form>
  );
}
