// The auditor's instance search and the history player's steps, with their react-query hooks.
import type { InstancePage, ReplayStepsResponse } from '@liucheng/contracts';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { searchQuery, type AuditSearch } from '../audit/audit-search';
import { apiRequest } from './api-client';

const PAGE_SIZE = 20;
/** The API's largest page of steps; a longer history is fetched page by page. */
const STEPS_PAGE = 500;

/** GET /api/instances with the audit filters, cursor paging ("load more"). */
export function useAuditSearch(search: AuditSearch) {
  const query = searchQuery(search);
  return useInfiniteQuery({
    queryKey: ['instances', 'list', 'audit', query],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam, signal }) =>
      apiRequest<InstancePage>('/api/instances', { query: { ...query, limit: PAGE_SIZE, cursor: pageParam }, signal }),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

/** Every step of GET /api/instances/:id/replay/steps (all pages). */
export function useReplaySteps(id: string) {
  return useQuery({
    queryKey: ['instances', 'one', id, 'replay-steps'],
    queryFn: async ({ signal }) => {
      const items: ReplayStepsResponse['items'] = [];
      let from: number | null = 1;
      while (from !== null) {
        const page: ReplayStepsResponse = await apiRequest<ReplayStepsResponse>(
          `/api/instances/${encodeURIComponent(id)}/replay/steps`,
          { query: { from, limit: STEPS_PAGE }, signal },
        );
        items.push(...page.items);
        from = page.nextFrom;
      }
      return items;
    },
  });
}
