import type { Subscription } from '../api/views';

/** "case bartz-v-anthropic → webhook https://…" */
export function describeTarget(subscription: Subscription): string {
  const t = subscription.target;
  const detail = [t['case'], t['caseSlug'], t['q'], t['name'], t['clauseKey'], t['key']].find(
    (v): v is string => typeof v === 'string' && v !== '',
  );
  return detail ? `${t.type}: ${detail}` : t.type;
}

export function describeChannel(subscription: Subscription): string {
  const c = subscription.channel;
  const where = typeof c['url'] === 'string' ? c['url'] : typeof c['email'] === 'string' ? c['email'] : '';
  return where ? `${c.type} to ${where}` : c.type;
}
