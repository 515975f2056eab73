// An instance's pending timers (reminders, timeouts, delayed transitions) and their react-query hook.
import type { InstanceTimerList } from '@liucheng/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from './api-client';
import { instanceKeys } from './instances.api';

/** GET /api/instances/:id/timers; refetched whenever an event changes the instance (see its callers' onSuccess). */
export function useInstanceTimers(id: string) {
  return useQuery({
    queryKey: instanceKeys.timers(id),
    queryFn: ({ signal }) =>
      apiRequest<InstanceTimerList>(`/api/instances/${encodeURIComponent(id)}/timers`, { signal }),
  });
}
