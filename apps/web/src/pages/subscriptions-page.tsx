import { Link } from '@tanstack/react-router';
import { ReactNode } from 'react';
import { useApiKey } from '../api/api-key';
import { useSubscriptions } from '../api/subscriptions';
import { ApiKeyForm } from '../components/api-key-form';
import { formatDateTime, humanize } from '../components/format';
import { Empty, ErrorState, Loading, useTitle } from '../components/states';
import { describeChannel, describeTarget } from '../components/subscription-summary';
import { TableWrap } from '../components/table-wrap';

export function SubscriptionsPage(): ReactNode {
  useTitle('Your subscriptions');
  const [key] = useApiKey();
  const subscriptions = useSubscriptions(key);
  return (
    <>
      <header className="page-header">
        <h1>Your subscriptions</h1>
        <p>
          <Link to="/follow" className="button">
            New subscription
          </Link>
        </p>
      </header>
      <ApiKeyForm />
      {!key ? null : subscriptions.isPending ? (
        <Loading />
      ) : subscriptions.isError ? (
        <ErrorState error={subscriptions.error} />
      ) : subscriptions.data.items.length === 0 ? (
        <Empty>This key follows nothing yet.</Empty>
      ) : (
        <TableWrap label="Subscriptions">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Follows</th>
                <th scope="col">Channel</th>
                <th scope="col">Status</th>
                <th scope="col">Created</th>
              </tr>
            </thead>
            <tbody>
              {subscriptions.data.items.map((s) => (
                <tr key={s.id}>
                  <td>
                    <Link to="/follow/subscriptions/$id" params={{ id: s.id }}>
                      {describeTarget(s)}
                    </Link>
                    {s.note ? <span className="muted"> — {s.note}</span> : null}
                  </td>
                  <td>{describeChannel(s)}</td>
                  <td>
                    <span className={`status status-${s.status}`}>{humanize(s.status)}</span>
                  </td>
                  <td>{formatDateTime(s.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </>
  );
}
