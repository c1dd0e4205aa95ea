import { keepPreviousData, useQuery, UseQueryResult } from '@tanstack/react-query';
import { publicApi, unwrap } from './client';
import type {
  CaseDetail,
  CaseSummary,
  ClauseHistory,
  DocketEntry,
  DocumentCitation,
  DocumentPageText,
  DocumentView,
  Page,
  RelatedCases,
  SearchResult,
  TimelineItem,
  TosDiff,
  TosService,
  TosVersion,
  TosVersionWithClauses,
} from './views';

type Query = Record<string, string | number | undefined>;

/** Drops empty values: the API rejects unknown parameters and validates the ones it gets. */
function clean(query: Query): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== '') out[key] = value;
  return out;
}

export function useCases(query: Query): UseQueryResult<Page<CaseSummary>> {
  return useQuery({
    queryKey: ['cases', query],
    queryFn: () => unwrap(publicApi.GET('/api/v1/cases', { params: { query: clean({ limit: 50, ...query }) } })),
    placeholderData: keepPreviousData,
  }) as UseQueryResult<Page<CaseSummary>>;
}

export function useCase(slug: string): UseQueryResult<CaseDetail> {
  return useQuery({
    queryKey: ['case', slug],
    queryFn: () => unwrap(publicApi.GET('/api/v1/cases/{idOrSlug}', { params: { path: { idOrSlug: slug } } })),
  }) as UseQueryResult<CaseDetail>;
}

export function useRelated(slug: string): UseQueryResult<RelatedCases> {
  return useQuery({
    queryKey: ['related', slug],
    queryFn: () => unwrap(publicApi.GET('/api/v1/cases/{idOrSlug}/related', { params: { path: { idOrSlug: slug } } })),
  }) as UseQueryResult<RelatedCases>;
}

export function useCaseDocuments(slug: string): UseQueryResult<Page<DocumentView>> {
  return useQuery({
    queryKey: ['case-documents', slug],
    queryFn: () =>
      unwrap(
        publicApi.GET('/api/v1/cases/{idOrSlug}/documents', {
          params: { path: { idOrSlug: slug }, query: { limit: 100 } },
        }),
      ),
  }) as UseQueryResult<Page<DocumentView>>;
}

export function useDocket(slug: string, query: Query, enabled: boolean): UseQueryResult<Page<DocketEntry>> {
  return useQuery({
    queryKey: ['docket', slug, query],
    enabled,
    queryFn: () =>
      unwrap(
        publicApi.GET('/api/v1/cases/{idOrSlug}/docket', {
          params: { path: { idOrSlug: slug }, query: clean({ limit: 50, ...query }) },
        }),
      ),
    placeholderData: keepPreviousData,
  }) as UseQueryResult<Page<DocketEntry>>;
}

export function useSearch(query: Query, enabled = true): UseQueryResult<SearchResult> {
  return useQuery({
    queryKey: ['search', query],
    enabled,
    queryFn: () => unwrap(publicApi.GET('/api/v1/search', { params: { query: clean(query) } })),
    placeholderData: keepPreviousData,
  }) as UseQueryResult<SearchResult>;
}

export function useTimeline(query: Query, enabled = true): UseQueryResult<{ items: TimelineItem[] }> {
  return useQuery({
    queryKey: ['timeline', query],
    enabled,
    queryFn: () =>
      unwrap(publicApi.GET('/api/v1/timeline', { params: { query: clean({ format: 'json', ...query }) } })),
  }) as UseQueryResult<{ items: TimelineItem[] }>;
}

export function useDocument(id: string): UseQueryResult<DocumentView> {
  return useQuery({
    queryKey: ['document', id],
    queryFn: () => unwrap(publicApi.GET('/api/v1/documents/{id}', { params: { path: { id } } })),
  }) as UseQueryResult<DocumentView>;
}

export function useDocumentPage(id: string, page: number): UseQueryResult<DocumentPageText> {
  return useQuery({
    queryKey: ['document-page', id, page],
    queryFn: () =>
      unwrap(publicApi.GET('/api/v1/documents/{id}/pages/{number}', { params: { path: { id, number: page } } })),
    placeholderData: keepPreviousData,
  }) as UseQueryResult<DocumentPageText>;
}

export function useDocumentCitations(id: string): UseQueryResult<{ citations: DocumentCitation[] }> {
  return useQuery({
    queryKey: ['document-citations', id],
    queryFn: () => unwrap(publicApi.GET('/api/v1/documents/{id}/citations', { params: { path: { id } } })),
  }) as UseQueryResult<{ citations: DocumentCitation[] }>;
}

export function useTosCatalog(): UseQueryResult<{ items: TosService[] }> {
  return useQuery({
    queryKey: ['tos'],
    queryFn: () => unwrap(publicApi.GET('/api/v1/tos', {})),
  }) as UseQueryResult<{ items: TosService[] }>;
}

interface TosRef {
  service: string;
  type: string;
}

export function useTosVersions(ref: TosRef, cursor: string | undefined): UseQueryResult<Page<TosVersion>> {
  return useQuery({
    queryKey: ['tos-versions', ref, cursor],
    queryFn: () =>
      unwrap(
        publicApi.GET('/api/v1/tos/{service}/{type}/versions', {
          params: { path: { service: ref.service, type: ref.type }, query: clean({ limit: 50, cursor }) },
        }),
      ),
    placeholderData: keepPreviousData,
  }) as UseQueryResult<Page<TosVersion>>;
}

export function useTosAsOf(ref: TosRef, date: string | undefined): UseQueryResult<TosVersionWithClauses> {
  return useQuery({
    queryKey: ['tos-as-of', ref, date],
    enabled: date !== undefined,
    queryFn: () =>
      unwrap(
        publicApi.GET('/api/v1/tos/{service}/{type}/as-of', {
          params: { path: { service: ref.service, type: ref.type }, query: { date: date ?? '' } },
        }),
      ),
  }) as UseQueryResult<TosVersionWithClauses>;
}

export function useTosDiff(ref: TosRef, from: string | undefined, to: string | undefined): UseQueryResult<TosDiff> {
  return useQuery({
    queryKey: ['tos-diff', ref, from, to],
    queryFn: () =>
      unwrap(
        publicApi.GET('/api/v1/tos/{service}/{type}/diff', {
          params: { path: { service: ref.service, type: ref.type }, query: clean({ from, to }) },
        }),
      ),
  }) as UseQueryResult<TosDiff>;
}

export function useClauseHistory(ref: TosRef, key: string): UseQueryResult<ClauseHistory> {
  return useQuery({
    queryKey: ['tos-clause', ref, key],
    queryFn: () =>
      unwrap(
        publicApi.GET('/api/v1/tos/{service}/{type}/clauses/{key}/history', {
          params: { path: { service: ref.service, type: ref.type, key } },
        }),
      ),
  }) as UseQueryResult<ClauseHistory>;
}
