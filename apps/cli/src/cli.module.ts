import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig } from '@casetrail/config';
import { CitationsCommand, CitationsExtractCommand } from './commands/citations.command';
import { DbCheckCommand, DbCommand, DbGenerateCommand, DbMigrateCommand } from './commands/db.command';
import { IngestCommand } from './commands/ingest.command';
import { OcrCommand } from './commands/ocr.command';
import { KeysCommand, KeysCreateCommand, KeysListCommand, KeysRevokeCommand } from './commands/keys.command';
import { ExportCommand, ExportTimelineCommand } from './commands/export.command';
import { ReindexCommand } from './commands/reindex.command';
import {
  PacerCommand,
  PacerFeedsCommand,
  PacerImportDocketCommand,
  PacerImportRssCommand,
  PacerParseDocketCommand,
  PacerParseRssCommand,
  PacerPollCommand,
} from './commands/pacer.command';
import { SeedCommand } from './commands/seed.command';
import { DocketCommand, DocketRederiveCommand } from './commands/docket.command';
import {
  CourtListenerCommand,
  CourtListenerFollowCommand,
  CourtListenerSourcesCommand,
  CourtListenerSyncCommand,
  CourtListenerUnfollowCommand,
} from './commands/courtlistener.command';
import {
  TosCheckCommand,
  TosCommand,
  TosImportCommand,
  TosSourcesCommand,
  TosTrackCommand,
} from './commands/tos.command';
import { RuntimeContext } from './runtime-context';

const COMMANDS = [
  SeedCommand,
  DocketCommand,
  DocketRederiveCommand,
  IngestCommand,
  OcrCommand,
  ReindexCommand,
  ExportCommand,
  ExportTimelineCommand,
  KeysCommand,
  KeysCreateCommand,
  KeysListCommand,
  KeysRevokeCommand,
  DbCommand,
  DbMigrateCommand,
  DbCheckCommand,
  DbGenerateCommand,
  CitationsCommand,
  CitationsExtractCommand,
  PacerCommand,
  PacerParseDocketCommand,
  PacerParseRssCommand,
  PacerImportDocketCommand,
  PacerImportRssCommand,
  PacerPollCommand,
  PacerFeedsCommand,
  TosCommand,
  TosImportCommand,
  TosTrackCommand,
  TosSourcesCommand,
  TosCheckCommand,
  CourtListenerCommand,
  CourtListenerFollowCommand,
  CourtListenerSyncCommand,
  CourtListenerSourcesCommand,
  CourtListenerUnfollowCommand,
];

@Module({})
export class CliModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CliModule,
      providers: [{ provide: RuntimeContext, useValue: new RuntimeContext(config) }, ...COMMANDS],
    };
  }
}
