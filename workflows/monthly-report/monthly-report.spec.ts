import { nextOccurrences, scheduleInput, type WorkflowSpec } from '@liucheng/engine';
import { chinaCalendar } from '../testing/china-calendar';
import { loadDefinition } from '../testing/load-definition';
import { describeLateReportRules } from '../testing/late-report.rules';
import { rejectionOf } from '../testing/rejection';
import { ScenarioWalker } from '../testing/run-scenario';
import { monthlyReport, scenarios } from './monthly-report.scenarios';

const spec = loadDefinition('monthly-report');

/** An instant as Beijing wall-clock time, `yyyy-MM-dd HH:mm`. */
const beijing = (iso: string) => new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

/** The deadline of a report opened at `local` (Beijing time), under `definition`. */
function dueFor(local: string, definition: WorkflowSpec = spec): string {
  const walker = ScenarioWalker.of(definition);
  walker.start({ month: '2026-09' }, 'staff', new Date(`${local}+08:00`));
  return beijing(walker.timer('submissionWindow').dueAt);
}

describe('monthly-report 月度总结与计划', () => {
  it('starts by itself at 08:00 on the first working day of each month, summarising the month before', () => {
    const [schedule] = spec.meta.schedules ?? [];
    const starts = nextOccurrences(schedule, new Date('2026-09-15T00:00:00+08:00'), 3, chinaCalendar);
    expect(starts.map((d) => d.toISOString())).toEqual([
      '2026-10-08T00:00:00.000Z', // 1–7 Oct: National Day
      '2026-11-02T00:00:00.000Z', // 1 Nov is a Sunday
      '2026-12-01T00:00:00.000Z',
    ]);
    // (chinese-days has no 2027 holidays yet; the year end is tested on a given calendar in libs/engine.)
    expect(starts.map((at) => scheduleInput(schedule.input, at))).toEqual([
      { month: '2026-09' },
      { month: '2026-10' },
      { month: '2026-11' },
    ]);
    // The input it makes is one the definition accepts, and the deadline runs from the start.
    const walker = ScenarioWalker.of(spec);
    walker.start(scheduleInput(schedule.input, starts[0]), 'staff', starts[0]);
    // Three working days after Thursday 8 Oct: Fri 9, Sat 10 (调休), Mon 12 Oct, at 17:00.
    expect(beijing(walker.timer('submissionWindow').dueAt)).toBe('2026-10-12 17:00');
  });

  describe('due three working days after it starts (月初, in working days)', () => {
    it('counts working days after the start day and ends at the close of the third', () => {
      expect(dueFor('2026-12-01T08:00:00')).toBe('2026-12-04 17:00'); // Tue 1 Dec → Fri 4 Dec
      expect(dueFor('2026-11-02T08:00:00')).toBe('2026-11-05 17:00'); // Mon 2 Nov → Thu 5 Nov
    });

    it('never counts a holiday: Spring Festival and Labour Day 2026, with their 调休 Saturdays', () => {
      // Opened Fri 13 Feb: Sat 14 Feb is a make-up working day, 15–23 Feb are the holiday.
      expect(dueFor('2026-02-13T10:00:00')).toBe('2026-02-25 17:00');
      // Opened Thu 30 Apr: 1–5 May are Labour Day; Wed 6, Thu 7, Fri 8 May count.
      expect(dueFor('2026-04-30T10:00:00')).toBe('2026-05-08 17:00');
    });

    it('counts the window the process owner set in the context, still in working days', () => {
      const five = { ...spec, context: { ...spec.context, submissionWindow: 'P5D' } };
      expect(dueFor('2026-10-08T08:00:00', five)).toBe('2026-10-14 17:00'); // 9, 10 (调休), 12, 13, 14
    });

    it('the task shows the same due time as the timer', () => {
      const walker = ScenarioWalker.of(spec);
      walker.start({ month: '2026-09' }, 'staff', new Date('2026-10-08T08:00:00+08:00'));
      expect(walker.current.effects).toContainEqual(
        expect.objectContaining({
          kind: 'openTask',
          statePath: 'writing',
          dueAt: walker.timer('submissionWindow').dueAt,
        }),
      );
    });

    it('refuses a start whose deadline falls in a year the holiday data does not cover yet', () => {
      const walker = ScenarioWalker.of(spec);
      const error = rejectionOf(() =>
        walker.start({ month: '2026-12' }, 'staff', new Date('2027-01-04T08:00:00+08:00')),
      );
      expect(error.errors[0]).toMatchObject({ code: 'calendar-year-not-covered', params: { year: 2027 } });
    });
  });

  describeLateReportRules({
    spec,
    scenarios,
    input: { month: '2026-02' },
    report: monthlyReport,
    deadlineKey: 'submissionWindow',
    // Opened Monday 2 March 2026 09:00: due Thursday 5 March 17:00, three working days later.
    dueAt: '2026-03-05T09:00:00.000Z',
    requiredField: 'plan',
    badInput: ['month', '2026-13'],
  });
});
