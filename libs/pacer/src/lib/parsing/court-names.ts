import { courtTimeZone as zoneOfCourt } from '@casetrail/cases';
import { isAppellateCourt, PACER_COURT_IDS } from './court-ids';

export interface CourtDescription {
  id: string;
  name: string;
  shortName: string;
  country: string;
  level: 'district' | 'bankruptcy' | 'appellate' | 'national';
}

// Postal code → name and Bluebook abbreviation, for the districts' names.
const STATES: Record<string, [string, string]> = {
  al: ['Alabama', 'Ala.'],
  ak: ['Alaska', 'Alaska'],
  az: ['Arizona', 'Ariz.'],
  ar: ['Arkansas', 'Ark.'],
  ca: ['California', 'Cal.'],
  co: ['Colorado', 'Colo.'],
  ct: ['Connecticut', 'Conn.'],
  de: ['Delaware', 'Del.'],
  dc: ['Columbia', 'D.C.'],
  fl: ['Florida', 'Fla.'],
  ga: ['Georgia', 'Ga.'],
  gu: ['Guam', 'Guam'],
  hi: ['Hawaii', 'Haw.'],
  id: ['Idaho', 'Idaho'],
  il: ['Illinois', 'Ill.'],
  in: ['Indiana', 'Ind.'],
  ia: ['Iowa', 'Iowa'],
  ks: ['Kansas', 'Kan.'],
  ky: ['Kentucky', 'Ky.'],
  la: ['Louisiana', 'La.'],
  me: ['Maine', 'Me.'],
  md: ['Maryland', 'Md.'],
  ma: ['Massachusetts', 'Mass.'],
  mi: ['Michigan', 'Mich.'],
  mn: ['Minnesota', 'Minn.'],
  ms: ['Mississippi', 'Miss.'],
  mo: ['Missouri', 'Mo.'],
  mt: ['Montana', 'Mont.'],
  ne: ['Nebraska', 'Neb.'],
  nv: ['Nevada', 'Nev.'],
  nh: ['New Hampshire', 'N.H.'],
  nj: ['New Jersey', 'N.J.'],
  nm: ['New Mexico', 'N.M.'],
  ny: ['New York', 'N.Y.'],
  nc: ['North Carolina', 'N.C.'],
  nd: ['North Dakota', 'N.D.'],
  nmi: ['the Northern Mariana Islands', 'N. Mar. I.'],
  oh: ['Ohio', 'Ohio'],
  ok: ['Oklahoma', 'Okla.'],
  or: ['Oregon', 'Or.'],
  pa: ['Pennsylvania', 'Pa.'],
  pr: ['Puerto Rico', 'P.R.'],
  ri: ['Rhode Island', 'R.I.'],
  sc: ['South Carolina', 'S.C.'],
  sd: ['South Dakota', 'S.D.'],
  tn: ['Tennessee', 'Tenn.'],
  tx: ['Texas', 'Tex.'],
  ut: ['Utah', 'Utah'],
  vt: ['Vermont', 'Vt.'],
  vi: ['the Virgin Islands', 'V.I.'],
  va: ['Virginia', 'Va.'],
  wa: ['Washington', 'Wash.'],
  wv: ['West Virginia', 'W. Va.'],
  wi: ['Wisconsin', 'Wis.'],
  wy: ['Wyoming', 'Wyo.'],
};

const DIVISIONS: Record<string, [string, string]> = {
  n: ['Northern', 'N.'],
  s: ['Southern', 'S.'],
  e: ['Eastern', 'E.'],
  w: ['Western', 'W.'],
  m: ['Middle', 'M.'],
  c: ['Central', 'C.'],
};

const CIRCUITS = [
  'First',
  'Second',
  'Third',
  'Fourth',
  'Fifth',
  'Sixth',
  'Seventh',
  'Eighth',
  'Ninth',
  'Tenth',
  'Eleventh',
];
const CIRCUIT_SHORT = ['1st', '2d', '3d', '4th', '5th', '6th', '7th', '8th', '9th', '10th', '11th'];

const NATIONAL: Record<string, [string, string]> = {
  jpml: ['United States Judicial Panel on Multidistrict Litigation', 'J.P.M.L.'],
  cit: ['United States Court of International Trade', "Ct. Int'l Trade"],
  cofc: ['United States Court of Federal Claims', 'Fed. Cl.'],
  cavc: ['United States Court of Appeals for Veterans Claims', 'Vet. App.'],
};

function district(id: string): { name: string; shortName: string } | null {
  // `nysd` → ny + s; `akd` → ak; `nmid` → nmi; a trailing `d` (district) or `b` (bankruptcy) is cut off first.
  const body = id.slice(0, -1);
  for (const state of [body, body.slice(0, -1)]) {
    const place = STATES[state];
    if (!place) continue;
    const division = state === body ? null : DIVISIONS[body.slice(-1)];
    if (state !== body && !division) continue;
    if (state === 'dc') return { name: 'District of Columbia', shortName: 'D.D.C.' };
    // Bluebook closes up adjacent single capitals: S.D.N.Y., D.N.J., but N.D. Cal.
    const gap = /^(?:[A-Z]\.)+$/.test(place[1]) ? '' : ' ';
    return division
      ? { name: `${division[0]} District of ${place[0]}`, shortName: `${division[1]}D.${gap}${place[1]}` }
      : { name: `District of ${place[0]}`, shortName: `D.${gap}${place[1]}` };
  }
  return null;
}

/** Name, short name and level of a PACER court id, for courts a docket or feed introduces; null when unknown. */
export function describePacerCourt(id: string): CourtDescription | null {
  const court = id.toLowerCase();
  if (!PACER_COURT_IDS.has(court)) return null;
  const national = NATIONAL[court];
  if (national) return { id: court, name: national[0], shortName: national[1], country: 'US', level: 'national' };
  if (isAppellateCourt(court)) {
    if (court === 'cadc')
      return {
        id: court,
        name: 'United States Court of Appeals for the District of Columbia Circuit',
        shortName: 'D.C. Cir.',
        country: 'US',
        level: 'appellate',
      };
    if (court === 'cafc')
      return {
        id: court,
        name: 'United States Court of Appeals for the Federal Circuit',
        shortName: 'Fed. Cir.',
        country: 'US',
        level: 'appellate',
      };
    const n = Number(court.slice(2)) - 1;
    return {
      id: court,
      name: `United States Court of Appeals for the ${CIRCUITS[n]} Circuit`,
      shortName: `${CIRCUIT_SHORT[n]} Cir.`,
      country: 'US',
      level: 'appellate',
    };
  }
  const place = district(court);
  if (!place) return null;
  if (court.endsWith('b')) {
    return {
      id: court,
      name: `United States Bankruptcy Court for the ${place.name}`,
      shortName: `Bankr. ${place.shortName}`,
      country: 'US',
      level: 'bankruptcy',
    };
  }
  return {
    id: court,
    name: `United States District Court for the ${place.name}`,
    shortName: place.shortName,
    country: 'US',
    level: 'district',
  };
}

/** The IANA time zone a court keeps its docket in, or null for a district or bankruptcy id PACER does not have. */
export function courtTimeZone(id: string): string | null {
  const court = id.toLowerCase();
  return /[db]$/.test(court) && !PACER_COURT_IDS.has(court) ? null : zoneOfCourt(court);
}

/** The calendar day at the court of an ISO 8601 timestamp ("2018-04-18T00:09:55+00:00" at nysd → 2018-04-17). */
export function courtLocalDate(timestamp: string, courtId: string | null): string {
  const zone = courtId ? courtTimeZone(courtId) : null;
  const instant = new Date(timestamp);
  if (!zone || Number.isNaN(instant.getTime())) return timestamp.slice(0, 10);
  // en-CA formats dates as yyyy-mm-dd.
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    instant,
  );
}
