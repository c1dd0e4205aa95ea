import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { slugify } from '@casetrail/core';
import { DataSource, EntityManager } from 'typeorm';
import { TosError, TosErrorCode } from '../tos-error';
import { TosDocument } from './tos-document.entity';
import { TosService } from './tos-service.entity';

export interface DocumentRef {
  service: string;
  documentType: string;
}

/** Longest predecessor chain followed; lineages are a few documents long, this only stops cycles. */
const MAX_LINEAGE = 20;

/** Services and their documents: creation on first sight, lookups by name or slug, lineages. */
@Injectable()
export class TosCatalogService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The service named `name`, created with `provider` when new. */
  async ensureService(manager: EntityManager, name: string, provider: string | null): Promise<TosService> {
    const repo = manager.getRepository(TosService);
    const slug = slugOf(name, 'service');
    await repo
      .createQueryBuilder()
      .insert()
      .values({ name: name.trim(), slug, provider: provider?.trim() || name.trim() })
      .orIgnore()
      .updateEntity(false)
      .execute();
    return repo.findOneOrFail({ where: { slug } });
  }

  /** The document of a service, created when new; source URLs it was not known by are appended. */
  async ensureDocument(
    manager: EntityManager,
    service: TosService,
    type: string,
    sourceUrls: readonly string[],
  ): Promise<TosDocument> {
    const repo = manager.getRepository(TosDocument);
    const slug = slugOf(type, 'document type');
    await repo
      .createQueryBuilder()
      .insert()
      .values({ serviceId: service.id, type: type.trim(), slug, sourceUrls: [...new Set(sourceUrls)] })
      .orIgnore()
      .updateEntity(false)
      .execute();
    const document = await repo.findOneOrFail({ where: { serviceId: service.id, slug } });
    const missing = sourceUrls.filter((url) => !document.sourceUrls.includes(url));
    if (missing.length > 0) {
      document.sourceUrls = [...document.sourceUrls, ...new Set(missing)];
      await repo.update({ id: document.id }, { sourceUrls: document.sourceUrls });
    }
    document.service = service;
    return document;
  }

  async findService(ref: string, manager: EntityManager = this.dataSource.manager): Promise<TosService> {
    const service = await manager.getRepository(TosService).findOne({ where: { slug: slugify(ref) } });
    if (!service)
      throw new TosError(TosErrorCode.ServiceNotFound, `No terms-of-service service "${ref}".`, { service: ref });
    return service;
  }

  /** A document by service and type, each given by name ("Terms of Service") or slug ("terms-of-service"). */
  async findDocument(ref: DocumentRef, manager: EntityManager = this.dataSource.manager): Promise<TosDocument> {
    const service = await this.findService(ref.service, manager);
    const document = await manager
      .getRepository(TosDocument)
      .findOne({ where: { serviceId: service.id, slug: slugify(ref.documentType) } });
    if (!document) {
      throw new TosError(
        TosErrorCode.DocumentNotFound,
        `${service.name} has no tracked document "${ref.documentType}".`,
        {
          service: service.name,
          documentType: ref.documentType,
        },
      );
    }
    document.service = service;
    return document;
  }

  /** The document and the documents it continues, oldest first, each with its service. */
  async lineage(document: TosDocument, manager: EntityManager = this.dataSource.manager): Promise<TosDocument[]> {
    const chain = [document];
    const seen = new Set([document.id]);
    let current = document;
    while (current.predecessorId && chain.length < MAX_LINEAGE && !seen.has(current.predecessorId)) {
      const predecessor = await manager
        .getRepository(TosDocument)
        .findOne({ where: { id: current.predecessorId }, relations: { service: true } });
      if (!predecessor) break;
      seen.add(predecessor.id);
      chain.unshift(predecessor);
      current = predecessor;
    }
    document.service ??= await manager.getRepository(TosService).findOneByOrFail({ id: document.serviceId });
    return chain;
  }
}

function slugOf(name: string, what: string): string {
  const slug = slugify(name);
  if (!slug)
    throw new TosError(
      TosErrorCode.InvalidDocumentName,
      `The ${what} "${name}" has no letters or digits to name it by.`,
      { name },
    );
  return slug;
}
