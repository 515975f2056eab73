// Working calendars (工作日历): list, one calendar, its days, and the admin's closures and extra days.
import type {
  CalendarDayList,
  CalendarException,
  CreateCalendarExceptionRequest,
  WorkingCalendarContract,
  WorkingCalendarList,
} from '@liucheng/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from './api-client';

export const calendarKeys = {
  all: ['calendars'] as const,
  one: (key: string) => ['calendars', key] as const,
  days: (key: string, from: string, to: string) => ['calendars', key, 'days', from, to] as const,
};

const path = (key: string) => `/api/calendars/${encodeURIComponent(key)}`;

/** GET /api/calendars */
export function useCalendars() {
  return useQuery({
    queryKey: calendarKeys.all,
    queryFn: ({ signal }) => apiRequest<WorkingCalendarList>('/api/calendars', { signal }).then((l) => l.items),
  });
}

/** GET /api/calendars/:key */
export function useCalendar(key: string | undefined) {
  return useQuery({
    queryKey: calendarKeys.one(key ?? ''),
    enabled: !!key,
    queryFn: ({ signal }) => apiRequest<WorkingCalendarContract>(path(key!), { signal }),
  });
}

/** GET /api/calendars/:key/days?from&to */
export function useCalendarDays(key: string | undefined, from: string, to: string) {
  return useQuery({
    queryKey: calendarKeys.days(key ?? '', from, to),
    enabled: !!key,
    queryFn: ({ signal }) => apiRequest<CalendarDayList>(`${path(key!)}/days`, { query: { from, to }, signal }),
  });
}

/** POST /api/calendars/:key/exceptions (admins) */
export function useAddCalendarException(key: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CreateCalendarExceptionRequest) =>
      apiRequest<CalendarException>(`${path(key)}/exceptions`, { method: 'POST', body: request }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: calendarKeys.one(key) }),
  });
}

/** DELETE /api/calendars/:key/exceptions/:id (admins) */
export function useRemoveCalendarException(key: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      apiRequest<void>(`${path(key)}/exceptions/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: calendarKeys.one(key) }),
  });
}

/**
 * PUT /api/calendars/:key with `declaredYears` (admins): the admin has entered a year's holidays
 * (closures) and 调休 (extra days) and declares it complete; the rest of the calendar is sent as it is.
 */
export function useDeclareCalendarYears(key: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ calendar, years }: { calendar: WorkingCalendarContract; years: number[] }) =>
      apiRequest<WorkingCalendarContract>(path(key), {
        method: 'PUT',
        body: {
          name: calendar.name,
          week: calendar.week,
          publicHolidays: calendar.publicHolidays,
          makeUpDayPeriods: calendar.makeUpDayPeriods,
          declaredYears: years,
        },
      }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: calendarKeys.all }),
  });
}
