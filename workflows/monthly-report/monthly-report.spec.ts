import { nextOccurrences, scheduleInput } from '@liucheng/engine';
import { chinaCalendar } from '../testing/china-calendar';
import { loadDefinition } from '../testing/load-definition';
import { describeLateReportRules } from '../testing/late-report.rules';
import { days, ScenarioWalker } from '../testing/run-scenario';
import { monthlyReport, scenarios } from './monthly-report.scenarios';

const spec = loadDefinition('monthly-report');

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
    expect(walker.timer('context.submissionWindow').dueAt).toBe('2026-10-11T00:00:00.000Z');
  });

  describeLateReportRules({
    spec,
    scenarios,
    input: { month: '2026-02' },
    report: monthlyReport,
    // 月初: due three days after the report opens on the 1st.
    windowMs: days(3),
    requiredField: 'plan',
    badInput: ['month', '2026-13'],
  });
});
