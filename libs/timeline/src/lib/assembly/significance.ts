import { Significance } from '../export/timeline-item';

const KEY_RULING_TYPES = new Set(['opinion', 'judgment', 'ruling']);
const MAJOR_FILING_TYPES = new Set([
  'complaint',
  'amended_complaint',
  'motion_to_dismiss',
  'settlement',
  'transfer',
  'appeal',
  'trial',
  'dismissal',
]);
const DISPOSITIVE =
  /summary judgment|motion to dismiss|dismiss|fair use|preliminary injunction|class certification|judgment|settlement|transfer|remand|verdict/i;

/** How much an item matters in a status memo: rulings that decide something, filings that start or end a phase, the rest. */
export function significanceOf(type: string, title: string): Significance {
  const normalized = type.toLowerCase().replace(/\s+/g, '_');
  if (KEY_RULING_TYPES.has(normalized)) return 'key_ruling';
  if (normalized === 'order' && DISPOSITIVE.test(title)) return 'key_ruling';
  if (MAJOR_FILING_TYPES.has(normalized)) return 'major_filing';
  if (normalized === 'motion' && DISPOSITIVE.test(title)) return 'major_filing';
  return 'routine';
}
