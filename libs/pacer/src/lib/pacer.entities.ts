import { PacerFeed } from './feeds/pacer-feed.entity';

export const PACER_ENTITIES = [PacerFeed];
