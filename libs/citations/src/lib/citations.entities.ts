import { Citation } from './storage/citation.entity';

export const CITATIONS_ENTITIES = [Citation];
