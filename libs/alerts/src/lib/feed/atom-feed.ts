import { AlertDelivery } from '../deliveries/delivery.entity';
import { deliveryText, deliveryTitle } from '../deliveries/delivery-message';
import { AlertSubscription } from '../subscriptions/subscription.entity';

export interface FeedLinks {
  publicUrl: string;
}

/** An Atom 1.0 document of a subscription's latest deliveries (events and digests), newest first. */
export function renderAtomFeed(subscription: AlertSubscription, deliveries: AlertDelivery[], links: FeedLinks): string {
  const updated = (deliveries[0]?.createdAt ?? subscription.createdAt).toISOString();
  const self = `${links.publicUrl}/api/v1/subscriptions/${subscription.id}/feed.atom`;
  const caseUrl = (slug: string) => `${links.publicUrl}/api/v1/cases/${encodeURIComponent(slug)}`;
  const entries = deliveries.map((delivery) => {
    const data = delivery.data as { case?: { slug?: string } | null };
    const link = data.case?.slug ? `\n    <link rel="alternate" href="${escapeXml(caseUrl(data.case.slug))}"/>` : '';
    return `  <entry>
    <id>urn:casetrail:delivery:${delivery.id}</id>
    <title>${escapeXml(deliveryTitle(delivery))}</title>
    <updated>${delivery.createdAt.toISOString()}</updated>
    <category term="${escapeXml(delivery.type)}"/>${link}
    <content type="text">${escapeXml(deliveryText(delivery, { caseUrl }))}</content>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>urn:casetrail:subscription:${subscription.id}</id>
  <title>${escapeXml(`Casetrail alerts: ${describeTarget(subscription)}`)}</title>
  <updated>${updated}</updated>
  <link rel="self" href="${escapeXml(self)}"/>
  <author><name>Casetrail</name></author>
${entries.join('\n')}
</feed>
`;
}

export function describeTarget(subscription: Pick<AlertSubscription, 'target'>): string {
  const target = subscription.target;
  const label =
    target['caption'] ??
    target['q'] ??
    target['name'] ??
    target['key'] ??
    target['clauseKey'] ??
    target['tosDocumentId'] ??
    '';
  return `${target.type} ${String(label)}`.trim();
}

export function escapeXml(text: string): string {
  return (
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
  );
}
