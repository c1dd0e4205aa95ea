import { Significance } from '../export/timeline-item';

export interface TimelineFilters {
  from?: string;
  to?: string;
  types?: string[];
  significance?: Significance[];
  includeTos?: boolean;
}

export type TimelineScopeRequest = { cases: string[] } | { family: string };

export const SIGNIFICANCES: Significance[] = ['key_ruling', 'major_filing', 'routine'];
