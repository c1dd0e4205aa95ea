import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { publicApi, unwrap } from './client';

type Query = Record<string, string | number | undefined>;

/** Drops empty values: the API rejects unknown parameters and validates the ones it gets. */
function clean(query: Query): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== '') out[key] = value;
  return out;
}

export function useCases(query: Query) {
  return useQuery({
    queryKey: ['cases', query],
    queryFn: () => unwrap(publicApi.GET('/api/v1/cases', { params: { query: clean({ limit: 50, ...query }) } })),
    placeholderData: keepPreviousData,
  });
}

export function useCase(slug: string) {
  return useQuery({
    queryKey: ['case', slug],
    queryFn: () => unwrap(publicApi.GET('/api/v1/cases/{idOrSlug}', { params: { path: { idOrSlug: slug } } })),
  });
}

export function useRelated(slug: string) {
  return useQuery({
    queryKey: ['related', slug],
    queryFn: () => unwrap(publicApi.GET('/api/v1/cases/{idOrSlug}/related', { params: { path: { idOrSlug: slug } } })),
  });
}

export function useCaseDocuments(slug: string) {
  return useQuery({
    queryKey: ['case-documents', slug],
    queryFn: () =>
      unwrap(
        publicApi.GET('/api/v1/cases/{idOrSlug}/documents', {
          params: { path: { idOrSlug: slug }, query: { limit: 100 } },
        }),
      ),
  });
}

export function useDocket(slug: string, query: Query, enabled: boolean) {
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
  });
}

export function useSearch(query: Query, enabled = true) {
  return useQuery({
    queryKey: ['search', query],
    enabled,
    queryFn: async () => {
      const result = await unwrap(publicApi.GET('/api/v1/search', { params: { query: clean(query) } }));
      // The route also answers CSV (format=csv); the app never asks for it.
      if (typeof result === 'string') throw new Error('The search answered CSV where JSON was asked for.');
      return result;
    },
    placeholderData: keepPreviousData,
  });
}

export function useTimeline(query: Query, enabled = true) {
  return useQuery({
    queryKey: ['timeline', query],
    enabled,
    queryFn: () =>
      unwrap(publicApi.GET('/api/v1/timeline', { params: { query: clean({ format: 'json', ...query }) } })),
    // The operation also streams CSV, ICS, Markdown, PDF and SVG as text; JSON was asked for.
    select: (data) => (typeof data === 'string' ? { items: [] } : data),
  });
}

export function useDocument(id: string) {
  return useQuery({
    queryKey: ['document', id],
    queryFn: () => unwrap(publicApi.GET('/api/v1/documents/{id}', { params: { path: { id } } })),
  });
}

export function useDocumentPage(id: string, page: number) {
  return useQuery({
    queryKey: ['document-page', id, page],
    queryFn: () =>
      unwrap(publicApi.GET('/api/v1/documents/{id}/pages/{number}', { params: { path: { id, number: page } } })),
    placeholderData: keepPreviousData,
  });
}

export function useDocumentCitations(id: string) {
  return useQuery({
    queryKey: ['document-citations', id],
    queryFn: () => unwrap(publicApi.GET('/api/v1/documents/{id}/citations', { params: { path: { id } } })),
  });
}

export function useTosCatalog() {
  return useQuery({
    queryKey: ['tos'],
    queryFn: () => unwrap(publicApi.GET('/api/v1/tos', {})),
  });
}

interface TosRef {
  service: string;
  type: string;
}

export function useTosVersions(ref: TosRef, cursor: string | undefined) {
  return useQuery({
    queryKey: ['tos-versions', ref, cursor],
    queryFn: () =>
      unwrap(
        publicApi.GET('/api/v1/tos/{service}/{type}/versions', {
          params: { path: { service: ref.service, type: ref.type }, query: clean({ limit: 50, cursor }) },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useTosAsOf(ref: TosRef, date: string | undefined) {
  return useQuery({
    queryKey: ['tos-as-of', ref, date],
    enabled: date !== undefined,
    queryFn: () =>
      unwrap(
        publicApi.GET('/api/v1/tos/{service}/{type}/as-of', {
          params: { path: { service: ref.service, type: ref.type }, query: { date: date ?? '' } },
        }),
      ),
  });
}

export function useTosDiff(ref: TosRef, from: string | undefined, to: string | undefined) {
  return useQuery({
    queryKey: ['tos-diff', ref, from, to],
    queryFn: () =>
      unwrap(
        publicApi.GET('/api/v1/tos/{service}/{type}/diff', {
          params: { path: { service: ref.service, type: ref.type }, query: clean({ from, to }) },
        }),
      ),
  });
}

export function useClauseHistory(ref: TosRef, key: string) {
  return useQuery({
    queryKey: ['tos-clause', ref, key],
    queryFn: () =>
      unwrap(
        publicApi.GET('/api/v1/tos/{service}/{type}/clauses/{key}/history', {
          params: { path: { service: ref.service, type: ref.type, key } },
        }),
      ),
  });
}
