import { ReactNode, useEffect } from 'react';
import { CasetrailApiError } from '@casetrail/sdk';

export function Loading({ label = 'Loading…' }: { label?: string }): ReactNode {
  return (
    <p className="state state-loading" role="status">
      {label}
    </p>
  );
}

export function ErrorState({ error, title = 'Something went wrong' }: { error: unknown; title?: string }): ReactNode {
  const message = error instanceof Error ? error.message : String(error);
  const code = error instanceof CasetrailApiError ? error.code : null;
  return (
    <div className="state state-error" role="alert">
      <h2>{title}</h2>
      <p>{message}</p>
      {code ? <p className="muted">Error code: {code}</p> : null}
    </div>
  );
}

export function Empty({ children }: { children: ReactNode }): ReactNode {
  return <p className="state state-empty">{children}</p>;
}

/** Sets the document title; the layout announces it to screen readers on navigation. */
export function useTitle(title: string | undefined): void {
  useEffect(() => {
    if (title) document.title = `${title} · Casetrail`;
  }, [title]);
}
