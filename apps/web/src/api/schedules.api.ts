// Scheduled-start endpoints (GET /api/schedules/:key, pause, resume, run) and their react-query hooks.
import type { ScheduleList, ScheduleRunNow, ScheduleSummary } from '@liucheng/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from './api-client';

export const scheduleKeys = {
  of: (definitionKey: string) => ['schedules', definitionKey] as const,
};

const base = (definitionKey: string, scheduleKey: string) =>
  `/api/schedules/${encodeURIComponent(definitionKey)}/${encodeURIComponent(scheduleKey)}`;

/** The schedules of a definition's latest published version, with their next occurrences. */
export function useSchedules(definitionKey: string) {
  return useQuery({
    queryKey: scheduleKeys.of(definitionKey),
    queryFn: ({ signal }) =>
      apiRequest<ScheduleList>(`/api/schedules/${encodeURIComponent(definitionKey)}`, { signal }),
  });
}

export type ScheduleAction = 'pause' | 'resume';

/** Pause or resume one schedule (owner, admin). */
export function useScheduleToggle(definitionKey: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ scheduleKey, action }: { scheduleKey: string; action: ScheduleAction }) =>
      apiRequest<ScheduleSummary>(`${base(definitionKey, scheduleKey)}/${action}`, { method: 'POST' }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: scheduleKeys.of(definitionKey) }),
  });
}

/** Starts one occurrence now for everyone the schedule names (owner, admin). */
export function useRunScheduleNow(definitionKey: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (scheduleKey: string) =>
      apiRequest<ScheduleRunNow>(`${base(definitionKey, scheduleKey)}/run`, { method: 'POST' }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: scheduleKeys.of(definitionKey) });
      void queryClient.invalidateQueries({ queryKey: ['instances'] });
    },
  });
}
