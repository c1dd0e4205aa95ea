import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { rows } from '@casetrail/core';
import { DataSource } from 'typeorm';

export interface CatalogServiceRow {
  id: string;
  name: string;
  slug: string;
  provider: string;
}

export interface CatalogDocumentRow {
  id: string;
  service_id: string;
  type: string;
  slug: string;
  source_urls: string[];
  predecessor_service: string | null;
  predecessor_type: string | null;
  version_count: number;
  snapshot_count: number;
  tracked_sources: number;
  latest_id: string | null;
  latest_recorded_at: Date | string | null;
  latest_effective_date: string | null;
}

/** The catalog listing's reads: services by slug, and their documents with counts and latest version. */
@Injectable()
export class TosCatalogRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Services whose slug sorts after `slug`, in slug order. */
  servicesAfter(slug: string, limit: number): Promise<CatalogServiceRow[]> {
    return rows<CatalogServiceRow>(
      this.dataSource,
      `SELECT id, name, slug, provider FROM tos_services WHERE slug > $1 ORDER BY slug LIMIT $2`,
      [slug, limit],
    );
  }

  async documentsOf(serviceIds: string[]): Promise<CatalogDocumentRow[]> {
    if (serviceIds.length === 0) return [];
    return rows<CatalogDocumentRow>(
      this.dataSource,
      `SELECT d.id, d.service_id, d.type, d.slug, d.source_urls,
                  ps.name AS predecessor_service, p.type AS predecessor_type,
                  (SELECT count(*)::int FROM tos_versions v WHERE v.document_id = d.id) AS version_count,
                  (SELECT count(*)::int FROM tos_snapshots n WHERE n.document_id = d.id) AS snapshot_count,
                  (SELECT count(*)::int FROM tos_sources t WHERE t.document_id = d.id) AS tracked_sources,
                  latest.id AS latest_id, latest.recorded_at AS latest_recorded_at, latest.effective_date::text AS latest_effective_date
           FROM tos_documents d
           LEFT JOIN tos_documents p ON p.id = d.predecessor_id
           LEFT JOIN tos_services ps ON ps.id = p.service_id
           LEFT JOIN LATERAL (
             SELECT v.id, v.recorded_at, v.effective_date FROM tos_versions v
             WHERE v.document_id = d.id ORDER BY v.recorded_at DESC, v.sequence DESC LIMIT 1
           ) latest ON true
           WHERE d.service_id = ANY($1)
           ORDER BY d.slug`,
      [serviceIds],
    );
  }
}
