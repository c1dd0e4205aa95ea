/** How an order, opinion or minute entry disposed of a motion. */
export enum MotionDisposition {
  Granted = 'granted',
  Denied = 'denied',
  GrantedInPart = 'granted_in_part',
  Moot = 'moot',
  Withdrawn = 'withdrawn',
  Terminated = 'terminated',
}

export const MOTION_DISPOSITION_VALUES: readonly string[] = Object.values(MotionDisposition);

/**
 * The disposition a verb phrase states. "Denying in part" alone leaves the rest of the motion
 * pending: only the denial is decided, so it counts as `denied`.
 */
export function dispositionOf(phrase: string): MotionDisposition | null {
  const p = phrase.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/grant\w* in part/.test(p) || /(?:allow|sustain)\w* in part/.test(p)) return MotionDisposition.GrantedInPart;
  if (/moot/.test(p)) return MotionDisposition.Moot;
  if (/withdr[ae]w/.test(p)) return MotionDisposition.Withdrawn;
  if (/terminat/.test(p)) return MotionDisposition.Terminated;
  if (/\bden(?:y|ie|ying)/.test(p)) return MotionDisposition.Denied;
  if (/\b(?:grant|allow|approv)/.test(p)) return MotionDisposition.Granted;
  return null;
}
