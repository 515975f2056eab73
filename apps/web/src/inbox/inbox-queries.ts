// The inbox lists with the search applied: tasks (待办/已办), instances I started (我发起的) and copies (抄送我的).
import type {
  CcItem,
  CcList,
  CcReadAllResult,
  CcUnreadCount,
  InstancePage,
  TaskList,
  TaskQuery,
} from '@liucheng/contracts';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../api/api-client';
import type { InboxSearch } from './inbox-search';

// The inbox is the newcomer's home page: keep it fresh without a manual refresh.
const REFRESH_MS = 30_000;
const PAGE_SIZE = 20;

export const ccKeys = {
  all: ['cc'] as const,
  list: (search: InboxSearch) => ['cc', 'list', search] as const,
  unread: ['cc', 'unread'] as const,
};

/** Which tasks a list shows, in the order the server pages them. */
export type TaskPageQuery = Required<Pick<TaskQuery, 'scope' | 'sort'>> & Pick<TaskQuery, 'status'>;

/**
 * GET /api/tasks?scope=&status=&sort=&… with "load more", in the server's order — under
 * ['tasks', 'list'] so task mutations refresh it.
 */
export function useTaskPages(query: TaskPageQuery, search: InboxSearch, enabled = true) {
  return useInfiniteQuery({
    queryKey: ['tasks', 'list', query, search],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam, signal }) =>
      apiRequest<TaskList>('/api/tasks', {
        query: { ...query, limit: PAGE_SIZE, cursor: pageParam, ...search },
        signal,
      }),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    refetchInterval: REFRESH_MS,
    enabled,
  });
}

/** GET /api/instances?startedBy=<me>&… with "load more". */
export function useStartedInstances(username: string, search: InboxSearch) {
  return useInfiniteQuery({
    queryKey: ['instances', 'list', 'started', username, search],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam, signal }) =>
      apiRequest<InstancePage>('/api/instances', {
        query: { startedBy: username, limit: PAGE_SIZE, cursor: pageParam, ...search },
        signal,
      }),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    enabled: Boolean(username),
  });
}

/** GET /api/cc?… with "load more". */
export function useCcItems(search: InboxSearch) {
  return useInfiniteQuery({
    queryKey: ccKeys.list(search),
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam, signal }) =>
      apiRequest<CcList>('/api/cc', { query: { limit: PAGE_SIZE, cursor: pageParam, ...search }, signal }),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    refetchInterval: REFRESH_MS,
  });
}

/** GET /api/cc/unread-count, for the tab's badge. */
export function useCcUnreadCount() {
  return useQuery({
    queryKey: ccKeys.unread,
    queryFn: ({ signal }) => apiRequest<CcUnreadCount>('/api/cc/unread-count', { signal }),
    refetchInterval: REFRESH_MS,
  });
}

/** POST /api/cc/:id/read (opening a copy marks it read). */
export function useMarkCcRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiRequest<CcItem>(`/api/cc/${encodeURIComponent(id)}/read`, { method: 'POST' }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ccKeys.all }),
  });
}

/** POST /api/cc/read-all. */
export function useMarkAllCcRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest<CcReadAllResult>('/api/cc/read-all', { method: 'POST' }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ccKeys.all }),
  });
}
