import { loadDefinition } from '../testing/load-definition';
import { describeLateReportRules } from '../testing/late-report.rules';
import { days } from '../testing/run-scenario';
import { monthlyReport, scenarios } from './monthly-report.scenarios';

describe('monthly-report 月度总结与计划', () => {
  describeLateReportRules({
    spec: loadDefinition('monthly-report'),
    scenarios,
    input: { month: '2026-02' },
    report: monthlyReport,
    // 月初: due three days after the report opens on the 1st.
    windowMs: days(3),
    requiredField: 'plan',
    badInput: ['month', '2026-13'],
  });
});
