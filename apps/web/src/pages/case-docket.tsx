import { Link, useNavigate } from '@tanstack/react-router';
import { FormEvent, ReactNode, useState } from 'react';
import { useDocket } from '../api/queries';
import type { DocketEntryType } from '../api/views';
import { formatDate } from '../components/format';
import { Empty, ErrorState, Loading } from '../components/states';
import type { CasePageParams } from '../search-params';
import { TableWrap } from '../components/table-wrap';
import { formReader } from '../components/form-reader';
import { DocketMotionLinks, entryAnchor } from './docket-motion-links';

/** The API's entry types (DocketEntryType in the SDK) as the page shows them: a new type fails to compile until it has a label. */
const ENTRY_TYPE_LABELS: Record<DocketEntryType, string> = {
  complaint: 'complaint',
  amended_complaint: 'amended complaint',
  answer: 'answer',
  motion: 'motion',
  opposition: 'opposition',
  reply: 'reply',
  order: 'order',
  opinion: 'opinion',
  judgment: 'judgment',
  stipulation: 'stipulation',
  notice: 'notice',
  letter: 'letter',
  summons: 'summons',
  transcript: 'transcript',
  minute_entry: 'minute entry',
  other: 'other',
};
const ENTRY_TYPES = Object.keys(ENTRY_TYPE_LABELS) as DocketEntryType[];

/** Docket entries load when the section is opened (or its filters are in the URL): the case page itself needs 4 requests. */
export function CaseDocket({ slug, params }: { slug: string; params: CasePageParams }): ReactNode {
  const filtered = Boolean(params.entryType || params.dateFrom || params.dateTo || params.docketCursor);
  const [open, setOpen] = useState(filtered);
  const navigate = useNavigate();
  const docket = useDocket(
    slug,
    { entryType: params.entryType, dateFrom: params.dateFrom, dateTo: params.dateTo, cursor: params.docketCursor },
    open,
  );
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const read = formReader(event.currentTarget);
    void navigate({
      to: '/cases/$slug',
      params: { slug },
      search: { entryType: read('entryType'), dateFrom: read('dateFrom'), dateTo: read('dateTo') },
      resetScroll: false,
    });
  };
  return (
    <details open={open} onToggle={(event) => setOpen(event.currentTarget.open)} className="panel">
      <summary>
        <h2>Docket entries</h2>
      </summary>
      <form className="filters filters-inline no-print" onSubmit={submit}>
        <div className="field">
          <label htmlFor="entryType">Entry type</label>
          <select id="entryType" name="entryType" defaultValue={params.entryType ?? ''}>
            <option value="">All types</option>
            {ENTRY_TYPES.map((type) => (
              <option key={type} value={type}>
                {ENTRY_TYPE_LABELS[type]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="dateFrom">Filed from</label>
          <input id="dateFrom" name="dateFrom" type="date" defaultValue={params.dateFrom ?? ''} />
        </div>
        <div className="field">
          <label htmlFor="dateTo">Filed to</label>
          <input id="dateTo" name="dateTo" type="date" defaultValue={params.dateTo ?? ''} />
        </div>
        <div className="field field-actions">
          <button type="submit">Filter entries</button>
        </div>
      </form>
      {!open ? null : docket.isPending ? (
        <Loading />
      ) : docket.isError ? (
        <ErrorState error={docket.error} />
      ) : docket.data.items.length === 0 ? (
        <Empty>No docket entries{filtered ? ' match these filters' : ' recorded for this case yet'}.</Empty>
      ) : (
        <>
          <TableWrap label="Docket entries">
            <table className="table">
              <caption className="visually-hidden">Docket entries</caption>
              <thead>
                <tr>
                  <th scope="col">No.</th>
                  <th scope="col">Filed</th>
                  <th scope="col">Type</th>
                  <th scope="col">Entry</th>
                </tr>
              </thead>
              <tbody>
                {docket.data.items.map((entry) => (
                  <tr key={entry.id} id={entryAnchor(entry.id)}>
                    <td>{entry.entryNumber ?? '—'}</td>
                    <td>
                      <time dateTime={entry.dateFiled}>{formatDate(entry.dateFiled)}</time>
                    </td>
                    <td>{ENTRY_TYPE_LABELS[entry.entryType]}</td>
                    <td>
                      {entry.description}
                      <DocketMotionLinks entry={entry} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
          {docket.data.nextCursor ? (
            <p>
              <Link
                to="/cases/$slug"
                params={{ slug }}
                search={{ ...params, docketCursor: docket.data.nextCursor }}
                resetScroll={false}
              >
                More entries
              </Link>
            </p>
          ) : null}
        </>
      )}
    </details>
  );
}
