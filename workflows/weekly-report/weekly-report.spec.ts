import { loadDefinition } from '../testing/load-definition';
import { describeLateReportRules } from '../testing/late-report.rules';
import { days } from '../testing/run-scenario';
import { scenarios, weeklyReport } from './weekly-report.scenarios';

describe('weekly-report 周总结与下周计划', () => {
  describeLateReportRules({
    spec: loadDefinition('weekly-report'),
    scenarios,
    input: { weekEnding: '2026-03-06' },
    report: weeklyReport,
    // Monday 08:00 + P4DT9H = Friday 17:00, the end of the working week.
    windowMs: days(4) + 9 * 60 * 60 * 1000,
    requiredField: 'competitorInfo',
    badInput: ['weekEnding', 'next Friday'],
  });
});
