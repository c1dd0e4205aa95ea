/**
 * The IANA time zone a federal court sits in, from its CourtListener-style id (`cand`, `nysd`,
 * `ca9`), when the whole district (or circuit seat) keeps one zone. Districts spanning two zones
 * (western Texas, northern Florida, Indiana, Kentucky, Tennessee, Michigan, the Dakotas, Nebraska,
 * Kansas, Idaho, Oregon) and unknown courts give null: a hearing's time then stays floating.
 */
const BY_STATE: Record<string, string> = {
  al: 'America/Chicago',
  ak: 'America/Anchorage',
  az: 'America/Phoenix',
  ar: 'America/Chicago',
  ca: 'America/Los_Angeles',
  co: 'America/Denver',
  ct: 'America/New_York',
  de: 'America/New_York',
  dc: 'America/New_York',
  ga: 'America/New_York',
  hi: 'Pacific/Honolulu',
  il: 'America/Chicago',
  ia: 'America/Chicago',
  la: 'America/Chicago',
  me: 'America/New_York',
  md: 'America/New_York',
  ma: 'America/New_York',
  mn: 'America/Chicago',
  ms: 'America/Chicago',
  mo: 'America/Chicago',
  mt: 'America/Denver',
  nv: 'America/Los_Angeles',
  nh: 'America/New_York',
  nj: 'America/New_York',
  nm: 'America/Denver',
  ny: 'America/New_York',
  nc: 'America/New_York',
  oh: 'America/New_York',
  ok: 'America/Chicago',
  pa: 'America/New_York',
  pr: 'America/Puerto_Rico',
  ri: 'America/New_York',
  sc: 'America/New_York',
  ut: 'America/Denver',
  vt: 'America/New_York',
  va: 'America/New_York',
  wa: 'America/Los_Angeles',
  wv: 'America/New_York',
  wi: 'America/Chicago',
  wy: 'America/Denver',
};

/** Single-zone districts of otherwise split states. */
const BY_DISTRICT: Record<string, string> = {
  txnd: 'America/Chicago',
  txsd: 'America/Chicago',
  txed: 'America/Chicago',
  flmd: 'America/New_York',
  flsd: 'America/New_York',
  tned: 'America/New_York',
  tnmd: 'America/Chicago',
  tnwd: 'America/Chicago',
  miwd: 'America/Detroit',
};

const CIRCUITS: Record<string, string> = {
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
};

/** District (`cand`), bankruptcy (`canb`) and circuit (`ca9`) ids; anything else is unknown. */
export function courtTimeZone(courtId: string | null | undefined): string | null {
  const id = (courtId ?? '').toLowerCase();
  if (CIRCUITS[id]) return CIRCUITS[id];
  const district = /^([a-z]{2})([nsewmc]?d|[nsewmc]?b)$/.exec(id);
  if (!district) return null;
  const asDistrict = `${district[1]}${district[2].replace(/b$/, 'd')}`;
  return BY_DISTRICT[asDistrict] ?? BY_STATE[district[1]] ?? null;
}
