import { ReactNode } from 'react';
import type { DocketEntry } from '../api/views';
import { formatDate } from '../components/format';

const DISPOSITION_LABELS: Record<DocketEntry['rulesOn'][number]['disposition'], string> = {
  granted: 'granted',
  denied: 'denied',
  granted_in_part: 'granted in part',
  moot: 'moot',
  withdrawn: 'withdrawn',
  terminated: 'terminated',
};

/** The anchor of an entry's row, so that a ruling and its motion link to each other on the page. */
export const entryAnchor = (id: string): string => `entry-${id}`;

/** Under an entry's text: the motion type, the motions it decides and the entries that decided it. */
export function DocketMotionLinks({ entry }: { entry: DocketEntry }): ReactNode {
  if (!entry.motionType && entry.rulesOn.length === 0 && entry.ruledBy.length === 0) return null;
  return (
    <ul className="motion-links">
      {entry.motionType ? (
        <li>
          Motion type: <span className="tag">{entry.motionType.replace(/_/g, ' ')}</span>
        </li>
      ) : null}
      {entry.rulesOn.map((r) => (
        <li key={`on-${r.entryNumber}-${r.disposition}`}>
          Decides{' '}
          {r.entryId ? <a href={`#${entryAnchor(r.entryId)}`}>No. {r.entryNumber}</a> : <>No. {r.entryNumber}</>}:{' '}
          <strong>{DISPOSITION_LABELS[r.disposition]}</strong>
        </li>
      ))}
      {entry.ruledBy.map((r) => (
        <li key={`by-${r.entryId}-${r.disposition}`}>
          <strong>{DISPOSITION_LABELS[r.disposition]}</strong> by{' '}
          <a href={`#${entryAnchor(r.entryId)}`}>{r.entryNumber ? `No. ${r.entryNumber}` : 'an unnumbered entry'}</a> on{' '}
          <time dateTime={r.dateFiled}>{formatDate(r.dateFiled)}</time>
        </li>
      ))}
    </ul>
  );
}
