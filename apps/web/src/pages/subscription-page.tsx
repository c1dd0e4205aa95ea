import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { ReactNode } from 'react';
import { useApiKey } from '../api/api-key';
import { useDeliveries, useSubscription, useSubscriptionActions } from '../api/subscriptions';
import type { Delivery } from '../api/views';
import { ApiKeyForm } from '../components/api-key-form';
import { formatDateTime, humanize } from '../components/format';
import { Empty, ErrorState, Loading, useTitle } from '../components/states';
import { describeChannel, describeTarget } from '../components/subscription-summary';
import { TableWrap } from '../components/table-wrap';

const route = getRouteApi('/follow/subscriptions/$id');

function Deliveries({ deliveries, onReplay }: { deliveries: Delivery[]; onReplay: (id: string) => void }): ReactNode {
  if (deliveries.length === 0) return <Empty>No deliveries yet. Send a test delivery to try the channel.</Empty>;
  return (
    <TableWrap label="Deliveries">
      <table className="table deliveries">
        <caption className="visually-hidden">Deliveries, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Created</th>
            <th scope="col">Event</th>
            <th scope="col">Status</th>
            <th scope="col">Attempts</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {deliveries.map((d) => (
            <tr key={d.id} data-delivery-status={d.status}>
              <td>{formatDateTime(d.createdAt)}</td>
              <td>{d.type}</td>
              <td>
                <span className={`status status-${d.status}`}>{humanize(d.status)}</span>
                {d.lastError ? <span className="muted"> — {d.lastError}</span> : null}
              </td>
              <td>
                <ul className="attempts">
                  {d.attempts.map((a) => (
                    <li key={a.number}>
                      #{a.number} {formatDateTime(a.startedAt)}: {humanize(a.outcome ?? 'in progress')}
                      {a.statusCode ? ` (HTTP ${a.statusCode})` : ''}
                      {a.durationMs !== null ? `, ${a.durationMs} ms` : ''}
                      {a.error ? ` — ${a.error}` : ''}
                    </li>
                  ))}
                </ul>
              </td>
              <td>
                {d.status !== 'pending' ? (
                  <button type="button" className="button-secondary" onClick={() => onReplay(d.id)}>
                    Send again
                  </button>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

export function SubscriptionPage(): ReactNode {
  const { id } = route.useParams();
  const [key] = useApiKey();
  const navigate = useNavigate();
  const subscription = useSubscription(key, id);
  const deliveries = useDeliveries(key, id);
  const actions = useSubscriptionActions(key, id);
  useTitle('Subscription');
  const failed = [actions.test, actions.setStatus, actions.remove, actions.replay].find((m) => m.isError);
  return (
    <>
      <header className="page-header">
        <p className="eyebrow">
          <Link to="/follow/subscriptions">Your subscriptions</Link>
        </p>
        <h1>Subscription</h1>
      </header>
      <ApiKeyForm />
      {!key ? null : subscription.isPending ? (
        <Loading />
      ) : subscription.isError ? (
        <ErrorState error={subscription.error} title="This subscription could not be shown" />
      ) : (
        <>
          <dl className="facts">
            <dt>Follows</dt>
            <dd>{describeTarget(subscription.data)}</dd>
            <dt>Channel</dt>
            <dd>{describeChannel(subscription.data)}</dd>
            <dt>Status</dt>
            <dd>
              <span className={`status status-${subscription.data.status}`}>{humanize(subscription.data.status)}</span>
              {subscription.data.statusReason ? ` — ${subscription.data.statusReason}` : ''}
            </dd>
            <dt>Atom feed</dt>
            <dd>
              <code>{subscription.data.feedUrl}</code> (with the feed token shown when the subscription was created)
            </dd>
            <dt>Frequency</dt>
            <dd>{subscription.data.frequency}</dd>
            <dt>Created</dt>
            <dd>{formatDateTime(subscription.data.createdAt)}</dd>
          </dl>
          <div className="actions">
            <button type="button" onClick={() => actions.test.mutate()} disabled={actions.test.isPending}>
              Send a test delivery
            </button>
            {subscription.data.status === 'active' ? (
              <button type="button" className="button-secondary" onClick={() => actions.setStatus.mutate('paused')}>
                Pause
              </button>
            ) : (
              <button type="button" className="button-secondary" onClick={() => actions.setStatus.mutate('active')}>
                Resume
              </button>
            )}
            <button
              type="button"
              className="button-danger"
              onClick={() => {
                if (window.confirm('Delete this subscription and its delivery history?')) {
                  actions.remove.mutate(undefined, {
                    onSuccess: () => void navigate({ to: '/follow/subscriptions' }),
                  });
                }
              }}
            >
              Delete
            </button>
          </div>
          {failed ? <ErrorState error={failed.error} title="That did not work" /> : null}
          <section aria-labelledby="deliveries-title">
            <h2 id="deliveries-title">Deliveries</h2>
            {deliveries.isPending ? (
              <Loading />
            ) : deliveries.isError ? (
              <ErrorState error={deliveries.error} />
            ) : (
              <Deliveries
                deliveries={deliveries.data.items}
                onReplay={(deliveryId) => actions.replay.mutate(deliveryId)}
              />
            )}
          </section>
        </>
      )}
    </>
  );
}
