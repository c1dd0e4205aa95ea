import { Link } from '@tanstack/react-router';
import { ReactNode } from 'react';
import { useTitle } from '../components/states';

export function NotFoundPage(): ReactNode {
  useTitle('Page not found');
  return (
    <section className="not-found">
      <h1>Page not found</h1>
      <p>There is no page at this address. It may have moved, or the link may be mistyped.</p>
      <ul>
        <li>
          <Link to="/">Go to the home page</Link>
        </li>
        <li>
          <Link to="/search">Search cases, filings and terms of service</Link>
        </li>
        <li>
          <Link to="/cases">Browse all cases</Link>
        </li>
      </ul>
    </section>
  );
}
