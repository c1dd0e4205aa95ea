// The IANA time zone each federal court keeps its docket in, from its PACER/CourtListener id.

/** Each state's or territory's courts (of most of its districts where a state spans two zones). */
const ZONE_OF_STATE: Record<string, string> = {
  al: 'America/Chicago',
  ak: 'America/Anchorage',
  az: 'America/Phoenix',
  ar: 'America/Chicago',
  ca: 'America/Los_Angeles',
  co: 'America/Denver',
  ct: 'America/New_York',
  de: 'America/New_York',
  dc: 'America/New_York',
  fl: 'America/New_York',
  ga: 'America/New_York',
  gu: 'Pacific/Guam',
  hi: 'Pacific/Honolulu',
  id: 'America/Boise',
  il: 'America/Chicago',
  in: 'America/Indiana/Indianapolis',
  ia: 'America/Chicago',
  ks: 'America/Chicago',
  ky: 'America/New_York',
  la: 'America/Chicago',
  me: 'America/New_York',
  md: 'America/New_York',
  ma: 'America/New_York',
  mi: 'America/Detroit',
  mn: 'America/Chicago',
  ms: 'America/Chicago',
  mo: 'America/Chicago',
  mt: 'America/Denver',
  ne: 'America/Chicago',
  nv: 'America/Los_Angeles',
  nh: 'America/New_York',
  nj: 'America/New_York',
  nm: 'America/Denver',
  ny: 'America/New_York',
  nc: 'America/New_York',
  nd: 'America/Chicago',
  nmi: 'Pacific/Saipan',
  oh: 'America/New_York',
  ok: 'America/Chicago',
  or: 'America/Los_Angeles',
  pa: 'America/New_York',
  pr: 'America/Puerto_Rico',
  ri: 'America/New_York',
  sc: 'America/New_York',
  sd: 'America/Chicago',
  tn: 'America/Chicago',
  tx: 'America/Chicago',
  ut: 'America/Denver',
  vt: 'America/New_York',
  vi: 'America/St_Thomas',
  va: 'America/New_York',
  wa: 'America/Los_Angeles',
  wv: 'America/New_York',
  wi: 'America/Chicago',
  wy: 'America/Denver',
};

/** Courts the state table does not give: circuits, national courts, and Tennessee's eastern district. */
const ZONE_OF_COURT: Record<string, string> = {
  tned: 'America/New_York',
  tneb: 'America/New_York',
  ca1: 'America/New_York',
  ca2: 'America/New_York',
  ca3: 'America/New_York',
  ca4: 'America/New_York',
  ca5: 'America/Chicago',
  ca6: 'America/New_York',
  ca7: 'America/Chicago',
  ca8: 'America/Chicago',
  ca9: 'America/Los_Angeles',
  ca10: 'America/Denver',
  ca11: 'America/New_York',
  cadc: 'America/New_York',
  cafc: 'America/New_York',
  jpml: 'America/New_York',
  cit: 'America/New_York',
  cofc: 'America/New_York',
  cavc: 'America/New_York',
};

/**
 * Districts (with their bankruptcy courts) whose counties keep two zones, by id without the final
 * `d`/`b`: a time written there without a zone cannot be placed without guessing.
 */
const SPANNING_TWO_ZONES: ReadonlySet<string> = new Set([
  'fln',
  'id',
  'inn',
  'ins',
  'ks',
  'kye',
  'kyw',
  'miw',
  'ne',
  'nd',
  'or',
  'sd',
  'tne',
  'txw',
]);

/**
 * The zone of a court id (`cand`, `nysd`, `alnb`, `ca9`, `jpml`): the zone of most of its district
 * where the district spans two. Null for an id it cannot read; callers that must refuse non-PACER
 * ids check them first.
 */
export function courtTimeZone(id: string): string | null {
  const court = id.toLowerCase();
  if (ZONE_OF_COURT[court]) return ZONE_OF_COURT[court];
  if (!/^[a-z]{3,5}$/.test(court) || !/[db]$/.test(court)) return null;
  const body = court.slice(0, -1);
  return ZONE_OF_STATE[body] ?? ZONE_OF_STATE[body.slice(0, -1)] ?? null;
}

/** The zone a court's whole district keeps, or null where its counties keep two (or the id is unknown). */
export function singleCourtTimeZone(id: string | null | undefined): string | null {
  const court = (id ?? '').toLowerCase();
  if (SPANNING_TWO_ZONES.has(court.slice(0, -1))) return null;
  return courtTimeZone(court);
}

/**
 * The court's calendar date at `now` (YYYY-MM-DD) in the zone it keeps its docket in, UTC for a
 * court whose zone is unknown: at 17:00 in California on 4 March it is still 4 March there, though
 * already 5 March in UTC. Where a district spans two zones, the zone of most of it.
 */
export function courtToday(courtId: string | null | undefined, now: Date): string {
  const timeZone = (courtId ? courtTimeZone(courtId) : null) ?? 'UTC';
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
