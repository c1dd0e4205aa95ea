import { useMutation, useQuery, useQueryClient, UseQueryResult } from '@tanstack/react-query';
import { apiWithKey, unwrap } from './client';
import type { CreatedSubscription, Delivery, Page, Subscription } from './views';

export interface NewSubscription {
  target: Record<string, unknown>;
  channel: Record<string, unknown>;
  note?: string;
}

export function useSubscriptions(key: string | null): UseQueryResult<Page<Subscription>> {
  return useQuery({
    queryKey: ['subscriptions', key],
    enabled: key !== null,
    queryFn: () => unwrap(apiWithKey(key ?? '').GET('/api/v1/subscriptions', { params: { query: { limit: 100 } } })),
  }) as UseQueryResult<Page<Subscription>>;
}

export function useSubscription(key: string | null, id: string): UseQueryResult<Subscription> {
  return useQuery({
    queryKey: ['subscription', key, id],
    enabled: key !== null,
    queryFn: () => unwrap(apiWithKey(key ?? '').GET('/api/v1/subscriptions/{id}', { params: { path: { id } } })),
  }) as UseQueryResult<Subscription>;
}

/** Deliveries, polled while any is still on its way. */
export function useDeliveries(key: string | null, id: string): UseQueryResult<Page<Delivery>> {
  return useQuery({
    queryKey: ['deliveries', key, id],
    enabled: key !== null,
    queryFn: () =>
      unwrap(
        apiWithKey(key ?? '').GET('/api/v1/subscriptions/{id}/deliveries', {
          params: { path: { id }, query: { limit: 50 } },
        }),
      ),
    refetchInterval: (query) => {
      const data = query.state.data as Page<Delivery> | undefined;
      return data?.items.some((d) => d.status === 'pending') ? 2000 : 10_000;
    },
  }) as UseQueryResult<Page<Delivery>>;
}

export function useCreateSubscription(key: string | null) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: NewSubscription) =>
      unwrap(apiWithKey(key ?? '').POST('/api/v1/subscriptions', { body })) as Promise<CreatedSubscription>,
    onSuccess: () => client.invalidateQueries({ queryKey: ['subscriptions'] }),
  });
}

export function useSubscriptionActions(key: string | null, id: string) {
  const client = useQueryClient();
  const api = apiWithKey(key ?? '');
  const refresh = async () => {
    await client.invalidateQueries({ queryKey: ['subscription', key, id] });
    await client.invalidateQueries({ queryKey: ['deliveries', key, id] });
    await client.invalidateQueries({ queryKey: ['subscriptions'] });
  };
  return {
    test: useMutation({
      mutationFn: () => unwrap(api.POST('/api/v1/subscriptions/{id}/test', { params: { path: { id } } })),
      onSuccess: refresh,
    }),
    setStatus: useMutation({
      mutationFn: (status: 'active' | 'paused') =>
        unwrap(api.PATCH('/api/v1/subscriptions/{id}', { params: { path: { id } }, body: { status } })),
      onSuccess: refresh,
    }),
    remove: useMutation({
      mutationFn: async () => {
        const { response, error } = await api.DELETE('/api/v1/subscriptions/{id}', { params: { path: { id } } });
        if (!response.ok) await unwrap(Promise.resolve({ data: undefined, error, response }));
      },
      onSuccess: () => client.invalidateQueries({ queryKey: ['subscriptions'] }),
    }),
    replay: useMutation({
      mutationFn: (deliveryId: string) =>
        unwrap(api.POST('/api/v1/deliveries/{id}/replay', { params: { path: { id: deliveryId } } })),
      onSuccess: refresh,
    }),
  };
}
