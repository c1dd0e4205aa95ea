import { Link, Outlet, useRouterState } from '@tanstack/react-router';
import { ReactNode, useEffect, useRef } from 'react';

const NAV: { to: string; label: string }[] = [
  { to: '/search', label: 'Search' },
  { to: '/cases', label: 'Cases' },
  { to: '/tos', label: 'Terms of service' },
  { to: '/follow', label: 'Follow' },
];

/** Moves focus to the main region after each navigation, so keyboard and screen-reader users land on the new page. */
function useFocusOnNavigate(target: React.RefObject<HTMLElement | null>): void {
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    target.current?.focus();
  }, [pathname, target]);
}

export function Layout(): ReactNode {
  const main = useRef<HTMLElement>(null);
  useFocusOnNavigate(main);
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="wrap header-row">
          <Link to="/" className="brand" aria-label="Casetrail home">
            <span aria-hidden="true" className="brand-mark" />
            Casetrail
          </Link>
          <nav aria-label="Main">
            <ul className="nav-list">
              {NAV.map((item) => (
                <li key={item.to}>
                  <Link to={item.to} activeProps={{ 'aria-current': 'page', className: 'active' }}>
                    {item.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1} className="wrap">
        <Outlet />
      </main>
      <footer className="site-footer">
        <div className="wrap">
          <p>
            Casetrail follows AI copyright cases and the terms of service they fight over. Everything here comes from
            the public API: <a href="/docs">API documentation</a>.
          </p>
        </div>
      </footer>
    </>
  );
}
