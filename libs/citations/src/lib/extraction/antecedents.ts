import type { CaseCitation, Citation } from './types';

const CAN_BE_ID_TARGET = new Set<Citation['type']>([
  'case',
  'short_case',
  'id',
  'supra',
  'statute',
  'regulation',
  'ecf',
  'journal',
]);

function words(s: string): string[] {
  return s.toLowerCase().match(/[\p{L}\d]+/gu) ?? [];
}

/** Whether "Authors Guild" / "HathiTrust" names the case "Authors Guild, Inc. v. HathiTrust". */
function nameMatches(guess: string, c: CaseCitation): boolean {
  const g = words(guess);
  if (g.length === 0) return false;
  return [c.plaintiff, c.defendant].some((party) => {
    if (!party) return false;
    const p = words(party);
    return g.every((w) => p.includes(w));
  });
}

/**
 * Links short forms, Id. and supra to the full citation they stand for (`antecedentIndex`) and
 * gives them that citation's key. Unresolved ones keep their own key ("804 F.3d at 214", "Id.").
 */
export function resolveAntecedents(list: Citation[]): void {
  const byVolumeReporter = new Map<string, number>();
  const fullCases: number[] = [];
  let previous = -1;
  list.forEach((c, i) => {
    switch (c.type) {
      case 'case':
        byVolumeReporter.set(`${c.volume}|${c.reporter}`, i);
        fullCases.push(i);
        break;
      case 'short_case': {
        const target = byVolumeReporter.get(`${c.volume}|${c.reporter}`);
        if (target !== undefined) {
          c.antecedentIndex = target;
          c.key = list[target].key;
        }
        break;
      }
      case 'id': {
        if (previous >= 0) {
          const prev = list[previous];
          const target =
            'antecedentIndex' in prev && prev.antecedentIndex !== undefined ? prev.antecedentIndex : previous;
          const targetType = list[target].type;
          if (targetType !== 'id' && targetType !== 'supra' && targetType !== 'short_case') {
            c.antecedentIndex = target;
            c.key = list[target].key;
          }
        }
        break;
      }
      case 'supra': {
        const guess = c.antecedentGuess;
        if (!guess) break;
        for (let k = fullCases.length - 1; k >= 0; k--) {
          const target = list[fullCases[k]];
          if (target.type === 'case' && nameMatches(guess, target)) {
            c.antecedentIndex = fullCases[k];
            c.key = target.key;
            break;
          }
        }
        break;
      }
      case 'statute':
      case 'regulation':
      case 'docket':
      case 'ecf':
      case 'journal':
        break;
    }
    if (CAN_BE_ID_TARGET.has(c.type)) previous = i;
  });
}
