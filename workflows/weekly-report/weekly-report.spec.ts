import { isoDurationToMs, nextOccurrences, scheduleInput } from '@liucheng/engine';
import { chinaCalendar } from '../testing/china-calendar';
import { loadDefinition } from '../testing/load-definition';
import { describeLateReportRules } from '../testing/late-report.rules';
import { ScenarioWalker } from '../testing/run-scenario';
import { scenarios, weeklyReport } from './weekly-report.scenarios';

const spec = loadDefinition('weekly-report');

describe('weekly-report 周总结与下周计划', () => {
  describeLateReportRules({
    spec,
    scenarios,
    input: { weekEnding: '2026-03-06' },
    report: weeklyReport,
    // Started 08:00 on the week's last working day + PT9H = 17:00 that day, the end of the working week.
    windowMs: 9 * 60 * 60 * 1000,
    requiredField: 'competitorInfo',
    badInput: ['weekEnding', 'next Friday'],
  });

  describe('started by itself on the last working day of each working week (工作周结束)', () => {
    const [schedule] = spec.meta.schedules ?? [];

    it('is due at 17:00 of that day: the week of 28 Sep 2026 ends Wednesday 30 Sep, before National Day', () => {
      const starts = nextOccurrences(schedule, new Date('2026-09-21T00:00:00+08:00'), 4, chinaCalendar);
      const due = starts.map((at) => new Date(at.getTime() + isoDurationToMs(String(spec.context?.submissionWindow))));
      expect(due.map((d) => d.toISOString())).toEqual([
        '2026-09-24T09:00:00.000Z', // Fri 25 Sep is Mid-Autumn: Thursday 17:00
        '2026-09-30T09:00:00.000Z', // 1–7 Oct are holidays: Wednesday 17:00, not 2 Oct
        '2026-10-10T09:00:00.000Z', // Saturday 10 Oct is a 调休 working day
        '2026-10-16T09:00:00.000Z',
      ]);
      expect(scheduleInput(schedule.input, starts[1])).toEqual({ weekEnding: '2026-09-30' });
    });

    it('is fined when nobody opened it: the deadline runs from the start (actor system)', () => {
      const [start] = nextOccurrences(schedule, new Date('2026-09-28T00:00:00+08:00'), 1, chinaCalendar);
      const walker = ScenarioWalker.of(spec);
      walker.start(scheduleInput(schedule.input, start), 'staff', start);
      expect(walker.timer('context.submissionWindow').dueAt).toBe('2026-09-30T09:00:00.000Z');
      const late = walker.fireTimer('context.submissionWindow');
      expect(late.context).toMatchObject({ late: true, fineTotal: 20, fines: [{ amount: 20, by: 'system' }] });
    });
  });
});
