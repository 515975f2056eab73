// Pure: a proxy range picked as whole days (first and last day, inclusive) as the API wants it:
// ISO date-times with an offset, Asia/Shanghai midnights, the end exclusive (the day after the last).

const SHANGHAI = '+08:00';

function nextDay(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  const next = new Date(Date.UTC(year, month - 1, day + 1));
  return next.toISOString().slice(0, 10);
}

/**
 * @example proxyRange('2026-12-01', '2026-12-03')
 *   // { startsAt: '2026-12-01T00:00:00+08:00', endsAt: '2026-12-04T00:00:00+08:00' }
 */
export function proxyRange(firstDay: string, lastDay: string): { startsAt: string; endsAt: string } {
  return { startsAt: `${firstDay}T00:00:00${SHANGHAI}`, endsAt: `${nextDay(lastDay)}T00:00:00${SHANGHAI}` };
}

/** A range's state at `now`: upcoming, active, ended or cancelled. */
export type ProxyRangeState = 'upcoming' | 'active' | 'ended' | 'cancelled';

export function proxyRangeState(
  range: { startsAt: string; endsAt: string; cancelledAt: string | null },
  now: Date,
): ProxyRangeState {
  if (range.cancelledAt) return 'cancelled';
  const at = now.getTime();
  if (at >= Date.parse(range.endsAt)) return 'ended';
  return at >= Date.parse(range.startsAt) ? 'active' : 'upcoming';
}

/**
 * The last day a range covers (its end is exclusive), as an instant inside that day.
 * @example lastDayOf('2026-12-04T00:00:00+08:00') // 2026-12-03T15:59:59.999Z (Dec 3 in Shanghai)
 */
export function lastDayOf(endsAt: string): Date {
  return new Date(Date.parse(endsAt) - 1);
}
