// PACER court identifiers: district courts (the bankruptcy court of a district swaps the final
// "d" for "b"), courts of appeals, and a few national courts.
const DISTRICTS = `almd alnd alsd akd azd ared arwd cacd caed cand casd cod ctd ded dcd flmd flnd flsd gamd
gand gasd gud hid idd ilcd ilnd ilsd innd insd iand iasd ksd kyed kywd laed lamd lawd med mdd mad mied
miwd mnd msnd mssd moed mowd mtd ned nvd nhd njd nmd nyed nynd nysd nywd nced ncmd ncwd ndd nmid ohnd
ohsd oked oknd okwd ord paed pamd pawd prd rid scd sdd tned tnmd tnwd txed txnd txsd txwd utd vtd vid
vaed vawd waed wawd wvnd wvsd wied wiwd wyd`
  .split(/\s+/)
  .filter(Boolean);

const APPELLATE = ['ca1', 'ca2', 'ca3', 'ca4', 'ca5', 'ca6', 'ca7', 'ca8', 'ca9', 'ca10', 'ca11', 'cadc', 'cafc'];
const NATIONAL = ['jpml', 'cit', 'cofc', 'cavc'];

export const PACER_COURT_IDS: ReadonlySet<string> = new Set([
  ...DISTRICTS,
  ...DISTRICTS.map((d) => `${d.slice(0, -1)}b`),
  ...APPELLATE,
  ...NATIONAL,
]);

export function isBankruptcyCourt(court: string | null): boolean {
  return court !== null && court.endsWith('b') && PACER_COURT_IDS.has(court);
}

export function isAppellateCourt(court: string | null): boolean {
  return court !== null && (APPELLATE.includes(court) || court === 'cavc');
}

/** The court whose CM/ECF host (`ecf.<court>.uscourts.gov`) the text mentions most. */
export function courtFromHosts(text: string): string | null {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(/\becf\.([a-z0-9]+)\.uscourts\.gov/gi)) {
    const id = m[1].toLowerCase();
    if (PACER_COURT_IDS.has(id)) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [id, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = id;
  return best;
}

// Court ids that are also English words or abbreviations, too ambiguous to read from a title.
const AMBIGUOUS_IN_TITLES = new Set([
  'med',
  'mad',
  'ord',
  'ned',
  'rid',
  'cod',
  'cit',
  'orb',
  'rib',
  'cob',
  'deb',
  'neb',
]);

/** A court id written as a word of a page title, as in "CM/ECF - casd" or "CAND-ECF". */
export function courtFromTitle(title: string): string | null {
  for (const word of title.toLowerCase().split(/[^a-z0-9]+/)) {
    if (word.length >= 3 && PACER_COURT_IDS.has(word) && !AMBIGUOUS_IN_TITLES.has(word)) return word;
  }
  return null;
}
