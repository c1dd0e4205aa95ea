import { AlertDelivery } from './delivery.entity';
import { DeliveryKind } from './delivery-enums';

/** The webhook body: `{ id, type, createdAt, subscriptionId, sequence, data }`, the same bytes on every attempt. */
export function webhookBody(
  delivery: Pick<AlertDelivery, 'id' | 'type' | 'createdAt' | 'subscriptionId' | 'sequence' | 'data'>,
): string {
  return JSON.stringify({
    id: delivery.id,
    type: delivery.type,
    createdAt: delivery.createdAt.toISOString(),
    subscriptionId: delivery.subscriptionId,
    sequence: Number(delivery.sequence),
    data: delivery.data,
  });
}

interface EventData {
  event?: { type?: string; payload?: Record<string, unknown> };
  case?: { shortName?: string; slug?: string } | null;
}

interface DigestData {
  frequency?: string;
  periodEnd?: string;
  eventCount?: number;
  cases?: { case: { shortName?: string } | null; events: EventData[] }[];
}

/** One line saying what an event is, for email subjects, digests and feed entry titles. */
export function headlineOf(data: EventData): string {
  const payload = data.event?.payload ?? {};
  const entry =
    typeof payload['entry'] === 'object' && payload['entry'] !== null
      ? (payload['entry'] as Record<string, unknown>)
      : {};
  const text = (key: string) => (typeof payload[key] === 'string' ? (payload[key] as string) : '');
  const entryText = (key: string) =>
    typeof entry[key] === 'string' || typeof entry[key] === 'number' ? String(entry[key]) : '';
  const where = data.case?.shortName ? ` — ${data.case.shortName}` : '';
  const type: string = data.event?.type ?? '';
  switch (type) {
    case 'document.created':
      return `New filing: ${text('title') || 'untitled document'}${where}`;
    case 'docket_entry.created':
      return `Docket entry${number(entryText('entryNumber'))}: ${truncate(entryText('description'), 140)}${where}`;
    case 'docket_entry.updated':
      return `Docket entry${number(entryText('entryNumber'))} updated: ${truncate(entryText('description'), 140)}${where}`;
    case 'tos.version_created':
      return `New version of ${text('service')} ${text('title') || text('documentType')}`.trim();
    case 'tos.clause_changed':
      return `${text('service')}: clause "${text('heading') || text('clauseKey')}" ${text('change')}`;
    case 'citation.created':
      return `New citation of ${text('key')}${where}`;
    case 'hearing.scheduled':
      return `${hearingText(payload, 'scheduled for')}${where}`;
    case 'hearing.rescheduled':
      return `${hearingText(payload, 'now')}${where}`;
    default:
      return `Casetrail alert${where}`;
  }
}

export function deliveryTitle(delivery: Pick<AlertDelivery, 'kind' | 'data'>): string {
  switch (delivery.kind) {
    case DeliveryKind.Event:
      return headlineOf(delivery.data as EventData);
    case DeliveryKind.Digest: {
      const digest = delivery.data as DigestData;
      const cases = digest.cases?.length ?? 0;
      return `Casetrail ${digest.frequency ?? ''} digest: ${plural(digest.eventCount ?? 0, 'update')} in ${plural(cases, 'group')}`;
    }
    case DeliveryKind.Test:
      return 'Test alert from Casetrail';
  }
}

/** The plain-text body of an alert email or feed entry. */
export function deliveryText(
  delivery: Pick<AlertDelivery, 'kind' | 'data' | 'sequence' | 'id'>,
  links: { caseUrl: (slug: string) => string },
): string {
  const lines: string[] = [];
  const eventLines = (data: EventData) => {
    lines.push(`- ${headlineOf(data)}`);
    const payload = data.event?.payload ?? {};
    const entry =
      typeof payload['entry'] === 'object' && payload['entry'] !== null
        ? (payload['entry'] as Record<string, unknown>)
        : {};
    const fields = { ...payload, ...entry };
    const details = ['documentType', 'entryType', 'filedOn', 'dateFiled', 'entryNumber', 'recordedAt', 'change']
      .filter((key) => (typeof fields[key] === 'string' || typeof fields[key] === 'number') && fields[key] !== '')
      .map((key) => `${key}: ${String(fields[key])}`);
    if (details.length > 0) lines.push(`  ${details.join(' · ')}`);
    if (data.case?.slug) lines.push(`  ${links.caseUrl(data.case.slug)}`);
  };
  switch (delivery.kind) {
    case DeliveryKind.Event:
      eventLines(delivery.data as EventData);
      break;
    case DeliveryKind.Digest:
      for (const group of (delivery.data as DigestData).cases ?? []) {
        lines.push('', group.case?.shortName ?? 'Not tied to a case');
        for (const event of group.events) eventLines(event);
      }
      break;
    case DeliveryKind.Test:
      lines.push('This is a test alert: your subscription reaches you.');
      break;
  }
  lines.push('', `Delivery ${delivery.id} · sequence ${delivery.sequence}`);
  return lines.join('\n').trim() + '\n';
}

function number(entryNumber: string): string {
  return entryNumber ? ` ${entryNumber}` : '';
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** "Motion Hearing scheduled for 2027-04-23 10:00 (America/Los_Angeles)", "… now vacated". */
function hearingText(payload: Record<string, unknown>, verb: string): string {
  const hearing =
    typeof payload['hearing'] === 'object' && payload['hearing'] !== null
      ? (payload['hearing'] as Record<string, unknown>)
      : {};
  const field = (key: string) => (typeof hearing[key] === 'string' ? (hearing[key] as string) : '');
  const label = field('label') || 'Hearing';
  if (field('status') === 'vacated') return `${label} vacated`;
  const when = [field('date'), field('time'), field('timeZone') ? `(${field('timeZone')})` : '']
    .filter(Boolean)
    .join(' ');
  return `${label} ${verb === 'now' ? 'rescheduled to' : verb} ${when || 'a date not given'}`;
}
