// Task endpoints and their react-query hooks: the inbox lists, one task, claim/unclaim and complete.
import type { CompleteTaskRequest, CompleteTaskResponse, Task, TaskCounts } from '@liucheng/contracts';
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { apiRequest } from './api-client';
import { ApiError } from './api-error';
import { instanceKeys } from './instances.api';

export const taskKeys = {
  all: ['tasks'] as const,
  one: (id: string) => ['tasks', 'one', id] as const,
  // Under 'list': whatever refreshes the lists (a task mutation, the inbox stream) refreshes the counts.
  counts: ['tasks', 'list', 'counts'] as const,
};

// The inbox is the newcomer's home page: keep it fresh without a manual refresh.
const INBOX_REFRESH_MS = 30_000;

/** GET /api/tasks/counts: open work counted whole by the server, under the inbox search when one is given. */
export function useTaskCounts(search: Record<string, string | undefined> = {}) {
  return useQuery({
    queryKey: [...taskKeys.counts, search],
    queryFn: ({ signal }) => apiRequest<TaskCounts>('/api/tasks/counts', { query: search, signal }),
    refetchInterval: INBOX_REFRESH_MS,
  });
}

/** GET /api/tasks/:id */
export function useTask(id: string) {
  return useQuery({
    queryKey: taskKeys.one(id),
    queryFn: ({ signal }) => apiRequest<Task>(`/api/tasks/${encodeURIComponent(id)}`, { signal }),
  });
}

/** POST /api/tasks/:id/claim or /unclaim; the answer is the updated task. */
export function useClaimTask() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action }: { id: string; action: 'claim' | 'unclaim' }) =>
      apiRequest<Task>(`/api/tasks/${encodeURIComponent(id)}/${action}`, { method: 'POST' }),
    onSuccess: (task) => refreshAfter(queryClient, task),
  });
}

/** POST /api/tasks/:id/complete with an Idempotency-Key, so a double click completes once. */
export function useCompleteTask(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ request, idempotencyKey }: { request: CompleteTaskRequest; idempotencyKey: string }) =>
      apiRequest<CompleteTaskResponse>(`/api/tasks/${encodeURIComponent(id)}/complete`, {
        method: 'POST',
        body: request,
        headers: { 'Idempotency-Key': idempotencyKey },
      }),
    onSuccess: ({ task, instance }) => {
      queryClient.setQueryData(instanceKeys.one(instance.id), instance);
      refreshAfter(queryClient, task);
    },
    // 409: someone else finished or moved it meanwhile; show the task as it is now.
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409)
        void queryClient.invalidateQueries({ queryKey: taskKeys.one(id) });
    },
  });
}

function refreshAfter(queryClient: QueryClient, task: Task): void {
  queryClient.setQueryData(taskKeys.one(task.id), task);
  void queryClient.invalidateQueries({ queryKey: ['tasks', 'list'] });
  void queryClient.invalidateQueries({ queryKey: instanceKeys.one(task.instanceId) });
  void queryClient.invalidateQueries({ queryKey: ['instances', 'list'] });
}
