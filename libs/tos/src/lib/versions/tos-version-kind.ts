/** `technical`: the text changed because it was read differently (new extraction, new URL), not because the company changed it. */
export enum TosVersionKind {
  First = 'first',
  Change = 'change',
  Technical = 'technical',
}

export const TOS_VERSION_KINDS = Object.values(TosVersionKind);

export interface ChangeCounts {
  added: number;
  removed: number;
  modified: number;
  moved: number;
}
