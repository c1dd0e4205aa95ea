import { MixedList } from 'typeorm';
import { Initial1795864115449 } from './1795864115449-initial';
import { Documents1795865233672 } from './1795865233672-documents';

// Every migration, in order. New ones are generated with `npm run db:generate -- Name` and added here.
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const MIGRATIONS: MixedList<Function> = [Initial1795864115449, Documents1795865233672];
