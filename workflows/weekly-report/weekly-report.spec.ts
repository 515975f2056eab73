import { nextOccurrences, scheduleInput, type WorkflowSpec } from '@liucheng/engine';
import { chinaCalendar } from '../testing/china-calendar';
import { loadDefinition } from '../testing/load-definition';
import { describeLateReportRules } from '../testing/late-report.rules';
import { rejectionOf } from '../testing/rejection';
import { ScenarioWalker } from '../testing/run-scenario';
import { scenarios, weeklyReport } from './weekly-report.scenarios';

const spec = loadDefinition('weekly-report');

/** An instant as Beijing wall-clock time, `yyyy-MM-dd HH:mm`. */
const beijing = (iso: string) => new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

/** The deadline of the report for the week of `weekEnding`, under `spec`. */
function dueFor(weekEnding: string, definition: WorkflowSpec = spec): string {
  const walker = ScenarioWalker.of(definition);
  walker.start({ weekEnding }, 'staff');
  return beijing(walker.timer('weekEnd').dueAt);
}

describe('weekly-report 周总结与下周计划', () => {
  describeLateReportRules({
    spec,
    scenarios,
    input: { weekEnding: '2026-03-06' },
    report: weeklyReport,
    deadlineKey: 'weekEnd',
    // The working week of Friday 6 March 2026 ends that Friday at 17:00 Beijing time.
    dueAt: '2026-03-06T09:00:00.000Z',
    requiredField: 'competitorInfo',
    badInput: ['weekEnding', 'next Friday'],
  });

  describe('due at the end of the working week it covers (每周工作结束后)', () => {
    it('any day of the week names the same deadline, Friday 17:00', () => {
      expect(['2026-03-02', '2026-03-06', '2026-03-08'].map((d) => dueFor(d))).toEqual([
        '2026-03-06 17:00',
        '2026-03-06 17:00',
        '2026-03-06 17:00',
      ]);
    });

    it('the week of 28 Sep 2026 ends on Wednesday 30 Sep, before National Day (not on 2 Oct)', () => {
      expect(dueFor('2026-10-02')).toBe('2026-09-30 17:00');
    });

    it('a week with a 调休 Saturday ends on that Saturday (10 Oct 2026)', () => {
      expect(dueFor('2026-10-09')).toBe('2026-10-10 17:00');
    });

    it('a report opened after its week has ended is due at once (the scenarios open on Monday 2 March 09:00)', () => {
      expect(dueFor('2026-02-27')).toBe('2026-03-02 09:00');
    });

    it('under the Monday–Saturday calendar the week ends on Saturday 17:00', () => {
      const monSat = { ...spec, meta: { ...spec.meta, calendar: 'mon-sat' } };
      expect(dueFor('2026-03-06', monSat)).toBe('2026-03-07 17:00');
    });

    it('the task shows the same due time as the timer', () => {
      const walker = ScenarioWalker.of(spec);
      walker.start({ weekEnding: '2026-03-06' }, 'staff');
      expect(walker.current.effects).toContainEqual(
        expect.objectContaining({ kind: 'openTask', statePath: 'writing', dueAt: walker.timer('weekEnd').dueAt }),
      );
    });

    it('refuses a week the holiday data does not cover yet', () => {
      const walker = ScenarioWalker.of(spec);
      const error = rejectionOf(() => walker.start({ weekEnding: '2027-01-08' }, 'staff'));
      expect(error.errors[0]).toMatchObject({ code: 'calendar-year-not-covered', params: { year: 2027 } });
    });
  });

  describe('started by itself on the last working day of each working week (工作周结束)', () => {
    const [schedule] = spec.meta.schedules ?? [];
    const startAt = (at: Date) => {
      const walker = ScenarioWalker.of(spec);
      walker.start(scheduleInput(schedule.input, at), 'staff', at);
      return walker;
    };

    it('starts at 08:00 of that day and is due at 17:00 the same day, before National Day too', () => {
      const starts = nextOccurrences(schedule, new Date('2026-09-21T00:00:00+08:00'), 4, chinaCalendar);
      expect(starts.map((at) => beijing(at.toISOString()))).toEqual([
        '2026-09-24 08:00', // Fri 25 Sep is Mid-Autumn
        '2026-09-30 08:00', // 1–7 Oct are holidays
        '2026-10-10 08:00', // Saturday 10 Oct is a 调休 working day
        '2026-10-16 08:00',
      ]);
      expect(starts.map((at) => beijing(startAt(at).timer('weekEnd').dueAt))).toEqual([
        '2026-09-24 17:00',
        '2026-09-30 17:00',
        '2026-10-10 17:00',
        '2026-10-16 17:00',
      ]);
      expect(scheduleInput(schedule.input, starts[1])).toEqual({ weekEnding: '2026-09-30' });
    });

    it('is fined when nobody opened it: the deadline timer runs from the start', () => {
      const [start] = nextOccurrences(schedule, new Date('2026-09-28T00:00:00+08:00'), 1, chinaCalendar);
      const late = startAt(start).fireTimer('weekEnd');
      expect(late.context).toMatchObject({ late: true, fineTotal: 20, fines: [{ amount: 20, by: 'system' }] });
    });
  });
});
