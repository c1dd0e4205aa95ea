/**
 * VTIMEZONE components for the zones hearings carry (RFC 5545 §3.6.5: every TZID used needs one).
 * Courts' zones are US zones: standard time only (Arizona, Hawaii, Puerto Rico), or the US daylight
 * rule in force since 2007 (second Sunday of March to first Sunday of November, at 02:00 local).
 * A zone this cannot describe gives null, and the exporter writes the time floating instead.
 */
export function vtimezoneLines(tzid: string): string[] | null {
  const winter = utcOffsetMinutes(tzid, Date.UTC(2026, 0, 15, 12));
  const summer = utcOffsetMinutes(tzid, Date.UTC(2026, 6, 15, 12));
  if (winter === null || summer === null) return null;
  const head = ['BEGIN:VTIMEZONE', `TZID:${tzid}`];
  if (winter === summer) {
    return [
      ...head,
      'BEGIN:STANDARD',
      'DTSTART:19700101T000000',
      `TZOFFSETFROM:${icalOffset(winter)}`,
      `TZOFFSETTO:${icalOffset(winter)}`,
      'END:STANDARD',
      'END:VTIMEZONE',
    ];
  }
  if (!tzid.startsWith('America/') || summer - winter !== 60) return null;
  return [
    ...head,
    'BEGIN:DAYLIGHT',
    'DTSTART:19700308T020000',
    'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU',
    `TZOFFSETFROM:${icalOffset(winter)}`,
    `TZOFFSETTO:${icalOffset(summer)}`,
    'END:DAYLIGHT',
    'BEGIN:STANDARD',
    'DTSTART:19701101T020000',
    'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU',
    `TZOFFSETFROM:${icalOffset(summer)}`,
    `TZOFFSETTO:${icalOffset(winter)}`,
    'END:STANDARD',
    'END:VTIMEZONE',
  ];
}

/** Minutes east of UTC of `tzid` at instant `t`, or null for a zone the runtime does not know. */
function utcOffsetMinutes(tzid: string, t: number): number | null {
  let name: string | undefined;
  try {
    name = new Intl.DateTimeFormat('en-US', { timeZone: tzid, timeZoneName: 'longOffset' })
      .formatToParts(new Date(t))
      .find((p) => p.type === 'timeZoneName')?.value;
  } catch {
    return null;
  }
  if (name === 'GMT') return 0;
  const m = /^GMT([+-])(\d{2}):(\d{2})$/.exec(name ?? '');
  if (!m) return null;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

function icalOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}
