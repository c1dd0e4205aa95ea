import { cleanText } from './strings';

const UNITED_STATES_FORMS =
  /^(?:USA|U\.S\.A\.|U\.S\.?|U\. S\.?|(?:The )?United States of America|The United States)[,.]?$/i;

const ROLE_SUFFIX = '(?:ee|ant)s?';
const ROLE_WORDS = new RegExp(
  '^(?:' +
    [
      `appell${ROLE_SUFFIX}`,
      'claimants?',
      'complainants?',
      'defendants?',
      `defendants?(?:--?|/)appell${ROLE_SUFFIX}`,
      'devisee',
      'executor',
      'executrix',
      'pet(?:\\.|itioner)s?',
      'petitioners?',
      `petitioners?(?:--?|/)appell${ROLE_SUFFIX}`,
      'petitioners?(?:--?|/)defendants?',
      'plaintiffs?',
      `plaintiffs?(?:--?|/)appell${ROLE_SUFFIX}`,
      'respond[ea]nts?',
      `respond[ea]nts?(?:--?|/)appell${ROLE_SUFFIX}`,
      'cross(?:--?|/)respondents?',
      'crosss?(?:--?|/)petitioners?',
      'cross(?:--?|/)appell(?:ees|ant)s?',
      'deceased',
    ].join('|') +
    ')[,.]?$',
  'i',
);

/**
 * Normalises a caption the way case names are compared across sources: "vs." becomes "v.",
 * litigant role words and "et al." go, any spelling of the United States becomes
 * "United States", and a leading "No."/"Nos." is dropped.
 */
export function normalizeCaseName(raw: string): string {
  let text = raw.replace(/\svs\.?\s/gi, ' v. ').replace(/\sv\.?\s/g, ' v. ');
  text = text
    .split(/\s+/)
    .filter((w) => w !== '')
    .map((w) => (ROLE_WORDS.test(w) ? '' : w))
    .join(' ');
  let result = text
    .split(' v. ')
    .map((side) => {
      const party = side.trim();
      if (UNITED_STATES_FORMS.test(party)) return 'United States';
      if (party.toLowerCase() === 'the state') return 'State';
      return party === 'US' ? 'United States' : party;
    })
    .join(' v. ');
  result = result.replace(/,?\set\.?\sal\.?/gi, '');
  if (/^Nos?\./.test(result)) result = result.replace(/^Nos?\.\s+/, '');
  return cleanText(cleanText(result));
}
