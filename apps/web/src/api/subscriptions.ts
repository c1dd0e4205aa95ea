import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CasetrailSchemas } from '@casetrail/sdk';
import { apiWithKey, unwrap } from './client';
import type { Delivery } from './views';

export type NewSubscription = CasetrailSchemas['CreateSubscriptionBody'];

export function useSubscriptions(key: string | null) {
  return useQuery({
    queryKey: ['subscriptions', key],
    enabled: key !== null,
    queryFn: () => unwrap(apiWithKey(key ?? '').GET('/api/v1/subscriptions', { params: { query: { limit: 100 } } })),
  });
}

export function useSubscription(key: string | null, id: string) {
  return useQuery({
    queryKey: ['subscription', key, id],
    enabled: key !== null,
    queryFn: () => unwrap(apiWithKey(key ?? '').GET('/api/v1/subscriptions/{id}', { params: { path: { id } } })),
  });
}

/** Deliveries, polled while any is still on its way. */
export function useDeliveries(key: string | null, id: string) {
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
      const data = query.state.data as { items: Delivery[] } | undefined;
      return data?.items.some((d) => d.status === 'pending') ? 2000 : 10_000;
    },
  });
}

export function useCreateSubscription(key: string | null) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: NewSubscription) => unwrap(apiWithKey(key ?? '').POST('/api/v1/subscriptions', { body })),
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
        const answer = await api.DELETE('/api/v1/subscriptions/{id}', { params: { path: { id } } });
        if (!answer.response.ok) await unwrap(Promise.resolve(answer));
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
