import { TosDocument } from './catalog/tos-document.entity';
import { TosService } from './catalog/tos-service.entity';
import { TosSnapshot } from './snapshots/tos-snapshot.entity';
import { TosSource } from './tracking/tos-source.entity';
import { TosChange } from './versions/tos-change.entity';
import { TosClause } from './versions/tos-clause.entity';
import { TosVersion } from './versions/tos-version.entity';

export const TOS_ENTITIES = [TosService, TosDocument, TosVersion, TosClause, TosChange, TosSnapshot, TosSource];
