/**
 * The federal district court named in a filing's caption ("UNITED STATES DISTRICT COURT /
 * NORTHERN DISTRICT OF CALIFORNIA"), as a PACER court id ("cand"). PACER ids are the state's postal
 * code, the district's initial when the state has several (northern, southern, eastern, western,
 * middle, central) and "d": "nysd", "cacd", "flmd", "njd", "dcd".
 */
const STATES: Readonly<Record<string, string>> = {
  alabama: 'al',
  alaska: 'ak',
  arizona: 'az',
  arkansas: 'ar',
  california: 'ca',
  colorado: 'co',
  connecticut: 'ct',
  delaware: 'de',
  columbia: 'dc',
  florida: 'fl',
  georgia: 'ga',
  guam: 'gu',
  hawaii: 'hi',
  idaho: 'id',
  illinois: 'il',
  indiana: 'in',
  iowa: 'ia',
  kansas: 'ks',
  kentucky: 'ky',
  louisiana: 'la',
  maine: 'me',
  maryland: 'md',
  massachusetts: 'ma',
  michigan: 'mi',
  minnesota: 'mn',
  mississippi: 'ms',
  missouri: 'mo',
  montana: 'mt',
  nebraska: 'ne',
  nevada: 'nv',
  'new hampshire': 'nh',
  'new jersey': 'nj',
  'new mexico': 'nm',
  'new york': 'ny',
  'north carolina': 'nc',
  'north dakota': 'nd',
  'northern mariana islands': 'nmi',
  ohio: 'oh',
  oklahoma: 'ok',
  oregon: 'or',
  pennsylvania: 'pa',
  'puerto rico': 'pr',
  'rhode island': 'ri',
  'south carolina': 'sc',
  'south dakota': 'sd',
  tennessee: 'tn',
  texas: 'tx',
  utah: 'ut',
  vermont: 'vt',
  'virgin islands': 'vi',
  virginia: 'va',
  washington: 'wa',
  'west virginia': 'wv',
  wisconsin: 'wi',
  wyoming: 'wy',
};

const DIRECTIONS: Readonly<Record<string, string>> = {
  northern: 'n',
  southern: 's',
  eastern: 'e',
  western: 'w',
  middle: 'm',
  central: 'c',
};

// Longest names first, so that "west virginia" wins over "virginia" and "new york" is not "york".
const STATE_NAMES = Object.keys(STATES).sort((a, b) => b.length - a.length);
const DISTRICT_COURT = /\bunited\s+states\s+district\s+court\b/i;
const FROM_COURT_BELOW = /\b(?:appeal(?:ed)?|petition|review)\s+(?:\w+\s+)?from\s+(?:the\s+)?$/i;
const DISTRICT_OF = /\b(?:(northern|southern|eastern|western|middle|central)\s+)?district\s+of\s+/gi;

/** How much of the page after "United States District Court" may hold the district's name. */
const CAPTION_WINDOW = 600;

export function detectDistrictCourt(text: string): string | null {
  const flat = text.replace(/\s+/g, ' ');
  const courts = new RegExp(DISTRICT_COURT.source, 'gi');
  let court: RegExpExecArray | null;
  while ((court = courts.exec(flat)) !== null) {
    // "Appeal from the United States District Court for ...": the court below, not this one.
    if (FROM_COURT_BELOW.test(flat.slice(Math.max(0, court.index - 40), court.index))) continue;
    const found = districtIn(flat.slice(court.index + court[0].length, court.index + court[0].length + CAPTION_WINDOW));
    if (found) return found;
  }
  return null;
}

function districtIn(caption: string): string | null {
  const districtOf = new RegExp(DISTRICT_OF.source, 'gi');
  let match: RegExpExecArray | null;
  while ((match = districtOf.exec(caption)) !== null) {
    const rest = caption
      .slice(match.index + match[0].length)
      .toLowerCase()
      .replace(/^the /, '');
    const state = STATE_NAMES.find((name) => rest.startsWith(name) && !/^[a-z]/.test(rest.slice(name.length)));
    if (!state) continue;
    const direction = match[1] ? DIRECTIONS[match[1].toLowerCase()] : '';
    return `${STATES[state]}${direction}d`;
  }
  return null;
}
