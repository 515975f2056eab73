// Instance endpoints and their react-query hooks.
import type { HistoryResponse, Instance, InstancePage, InstanceStatus, VerifyResponse } from '@liucheng/contracts';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from './api-client';
import { ApiError } from './api-error';
import type { SendEventRequest, StartInstanceRequest } from './types';

export const instanceKeys = {
  all: ['instances'] as const,
  list: (status: InstanceStatus | undefined) => ['instances', 'list', status ?? 'any'] as const,
  one: (id: string) => ['instances', 'one', id] as const,
  history: (id: string) => ['instances', 'one', id, 'history'] as const,
  timers: (id: string) => ['instances', 'one', id, 'timers'] as const,
};

const PAGE_SIZE = 20;

/** GET /api/instances with cursor paging ("load more"). */
export function useInstancePages(status: InstanceStatus | undefined) {
  return useInfiniteQuery({
    queryKey: instanceKeys.list(status),
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam, signal }) =>
      apiRequest<InstancePage>('/api/instances', { query: { status, limit: PAGE_SIZE, cursor: pageParam }, signal }),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

/** GET /api/instances/:id */
export function useInstance(id: string) {
  return useQuery({
    queryKey: instanceKeys.one(id),
    queryFn: ({ signal }) => apiRequest<Instance>(`/api/instances/${encodeURIComponent(id)}`, { signal }),
  });
}

/** GET /api/instances/:id/history */
export function useInstanceHistory(id: string) {
  return useQuery({
    queryKey: instanceKeys.history(id),
    queryFn: ({ signal }) =>
      apiRequest<HistoryResponse>(`/api/instances/${encodeURIComponent(id)}/history`, { signal }),
  });
}

/** GET /api/instances/:id/verify, run on demand. */
export function useVerifyInstance(id: string) {
  return useMutation({
    mutationFn: () => apiRequest<VerifyResponse>(`/api/instances/${encodeURIComponent(id)}/verify`),
  });
}

/** POST /api/instances; refreshes instance lists on success. */
export function useStartInstance() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: StartInstanceRequest) =>
      apiRequest<Instance>('/api/instances', { method: 'POST', body: request }),
    onSuccess: (instance) => {
      queryClient.setQueryData(instanceKeys.one(instance.id), instance);
      void queryClient.invalidateQueries({ queryKey: ['instances', 'list'] });
    },
  });
}

/** POST /api/instances/:id/events with an Idempotency-Key so a retried click applies once. */
export function useSendEvent(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ request, idempotencyKey }: { request: SendEventRequest; idempotencyKey: string }) =>
      apiRequest<Instance>(`/api/instances/${encodeURIComponent(id)}/events`, {
        method: 'POST',
        body: request,
        headers: { 'Idempotency-Key': idempotencyKey },
      }),
    onSuccess: (instance) => {
      queryClient.setQueryData(instanceKeys.one(id), instance);
      void queryClient.invalidateQueries({ queryKey: instanceKeys.history(id) });
      void queryClient.invalidateQueries({ queryKey: instanceKeys.timers(id) });
      void queryClient.invalidateQueries({ queryKey: ['instances', 'list'] });
    },
    // A 409 means the page was stale (someone else moved the instance): show the current state.
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409)
        void queryClient.invalidateQueries({ queryKey: instanceKeys.one(id) });
    },
  });
}
