import { MotionDisposition } from './motion-disposition';
import { classifyMotion, isMotionText, MotionType } from './motion-type';

/** A motion an entry rules on: its docket number, its entry once on the docket, the disposition and the words. */
export interface RulesOn {
  entryNumber: string;
  entryId: string | null;
  disposition: MotionDisposition;
  span: string;
}

/** An order, opinion or minute entry that ruled on a motion. */
export interface RuledBy {
  entryId: string;
  entryNumber: string | null;
  dateFiled: string;
  disposition: MotionDisposition;
}

export interface MotionLinks {
  rulesOn: RulesOn[];
  ruledBy: RuledBy[];
  /** The motion's type when the entry is a motion; null otherwise. */
  motionType: MotionType | null;
}

export function motionTypeOf(text: string): MotionType | null {
  return isMotionText(text) ? classifyMotion(text) : null;
}
