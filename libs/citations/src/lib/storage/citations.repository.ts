import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { rows } from '@casetrail/core';
import { DataSource, EntityManager } from 'typeorm';
import { Citation } from './citation.entity';
import { CitationSource, CitationSourceKind } from './citation-source';
import type { CaseRef, CitingSourceView } from './citation-views';

/** One page of one source citing a key, with that page's citations. */
export interface CitingPageRow {
  source_kind: CitationSourceKind;
  source_id: string;
  /** the page, 0 when the source has none */
  p: number;
  case_id: string | null;
  citations: CitingSourceView['citations'];
}

/** Keyset position after the last page returned. */
export interface CitingPageKey {
  k: string;
  s: string;
  p: number;
}

/** The citations reads outside a source's extraction transaction. */
@Injectable()
export class CitationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** For reads that share the resolver with the extraction transaction. */
  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  /** Every citation of one source in text order, with the case each resolves to. */
  ofSource(source: Pick<CitationSource, 'kind' | 'id'>): Promise<Citation[]> {
    return this.dataSource.getRepository(Citation).find({
      where: { sourceKind: source.kind, sourceId: source.id },
      relations: { resolvedCase: true },
      order: { spanStart: 'ASC', spanEnd: 'ASC', id: 'ASC' },
    });
  }

  /** Up to `limit` (source, page) groups citing `key`, in source and page order, after `after`. */
  citingPages(key: string, limit: number, after: CitingPageKey | null): Promise<CitingPageRow[]> {
    const params: unknown[] = [key, limit];
    let keyset = '';
    if (after) {
      params.push(after.k, after.s, after.p);
      keyset = 'AND (c.source_kind, c.source_id, COALESCE(c.page, 0)) > ($3, $4::uuid, $5::int)';
    }
    return rows<CitingPageRow>(
      this.dataSource,
      `SELECT c.source_kind, c.source_id, COALESCE(c.page, 0) AS p, (array_agg(c.source_case_id))[1] AS case_id,
              json_agg(json_build_object('id', c.id, 'type', c.type, 'matchedText', c.matched_text,
                       'span', json_build_object('start', c.span_start, 'end', c.span_end)) ORDER BY c.span_start, c.id) AS citations
         FROM citations c
        WHERE c.key = $1 ${keyset}
        GROUP BY c.source_kind, c.source_id, COALESCE(c.page, 0)
        ORDER BY c.source_kind, c.source_id, COALESCE(c.page, 0)
        LIMIT $2`,
      params,
    );
  }

  async caseRefs(ids: string[]): Promise<Map<string, CaseRef>> {
    if (ids.length === 0) return new Map();
    const found = await rows<CaseRef>(
      this.dataSource,
      'SELECT id, slug, short_name AS "shortName" FROM cases WHERE id = ANY($1::uuid[])',
      [[...new Set(ids)]],
    );
    return new Map(found.map((r) => [r.id, r]));
  }
}
