import { ReactNode } from 'react';

/** A wide table that scrolls sideways on a phone; focusable so that keyboard users can scroll it. */
export function TableWrap({ label, children }: { label: string; children: ReactNode }): ReactNode {
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
