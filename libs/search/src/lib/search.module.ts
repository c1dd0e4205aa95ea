import { Module } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { CasesModule } from '@casetrail/cases';
import { APP_CONFIG, AppConfig } from '@casetrail/config';
import { DocumentsModule } from '@casetrail/documents';
import { DataSource } from 'typeorm';
import { MeilisearchSearchIndex } from './meilisearch/meilisearch-search.index';
import { PostgresSearchIndex } from './postgres/postgres-search.index';
import { SEARCH_INDEX, SearchIndex } from './search-index.port';
import { SearchJobHandlers } from './search-job-handlers';
import { SearchService } from './search.service';

/** Meilisearch when MEILI_URL is set, otherwise PostgreSQL full-text search. */
export function createSearchIndex(config: AppConfig, dataSource: DataSource): SearchIndex {
  return config.meili
    ? new MeilisearchSearchIndex(config.meili.url, config.meili.masterKey, config.meili.indexUid)
    : new PostgresSearchIndex(dataSource);
}

@Module({
  imports: [CasesModule, DocumentsModule],
  providers: [
    { provide: SEARCH_INDEX, inject: [APP_CONFIG, getDataSourceToken()], useFactory: createSearchIndex },
    SearchService,
    SearchJobHandlers,
  ],
  exports: [SEARCH_INDEX, SearchService, SearchJobHandlers],
})
export class SearchModule {}
