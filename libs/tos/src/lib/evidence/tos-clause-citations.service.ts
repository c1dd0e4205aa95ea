import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DocumentRef, TosCatalogService } from '../catalog/tos-catalog.service';
import { TosError, TosErrorCode } from '../tos-error';
import { ClauseCitationsView } from './evidence-views';
import { quotingFilings } from './quoting-filings';
import { clauseCount } from './tos-evidence.repository';

/** The filings quoting one clause, across every version of its document's lineage. */
@Injectable()
export class TosClauseCitationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly catalog: TosCatalogService,
  ) {}

  async clauseCitations(ref: DocumentRef, key: string): Promise<ClauseCitationsView> {
    const document = await this.catalog.findDocument(ref);
    const lineage = await this.catalog.lineage(document);
    const ids = lineage.map((d) => d.id);
    if ((await clauseCount(this.dataSource, key, ids)) === 0)
      throw new TosError(
        TosErrorCode.ClauseNotFound,
        `No clause "${key}" in ${document.service?.name ?? ''} ${document.type}.`,
        {
          key,
          service: document.service?.name ?? '',
          documentType: document.type,
        },
      );
    const items = await quotingFilings(this.dataSource.manager, { documentIds: ids, clauseKey: key });
    return {
      service: document.service?.name ?? '',
      documentType: document.type,
      clauseKey: key,
      count: items.length,
      items,
    };
  }
}
