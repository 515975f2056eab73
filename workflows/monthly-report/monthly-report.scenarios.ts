import { lateReportScenarios } from '../testing/late-report.scenarios';
import type { Scenario } from '../testing/scenario.types';

/** A complete SUBMIT form (市场动态、竞品信息 are required by the 报表制度). */
export const monthlyReport = {
  summary: '二月签约3单，回款40万元',
  plan: '三月完成县区渠道布点',
  marketDynamics: '运营商集采提前至四月',
  competitorInfo: '竞品B降价5%',
};

/** Every path of 月度总结与计划. */
export const scenarios: Scenario[] = lateReportScenarios({
  input: { month: '2026-02' },
  report: monthlyReport,
  fineReason: '未按规定在月初上交上月总结和下月计划（每次罚款20元）',
  deadlineKey: 'submissionWindow',
});
