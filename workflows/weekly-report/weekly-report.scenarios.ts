import { lateReportScenarios } from '../testing/late-report.scenarios';
import type { Scenario } from '../testing/scenario.types';

/** A complete SUBMIT form (市场动态、竞品信息 are required by the 报表制度). */
export const weeklyReport = {
  summary: '拜访客户5家，完成2份报价',
  nextWeekPlan: '跟进A公司合同，拜访县区渠道',
  marketDynamics: '运营商集采提前至四月',
  competitorInfo: '竞品B降价5%',
};

/** Every path of 周总结与下周计划. */
export const scenarios: Scenario[] = lateReportScenarios({
  input: { weekEnding: '2026-03-06' },
  report: weeklyReport,
  fineReason: '未按规定上交周总结和下周计划（每次罚款20元）',
  deadlineKey: 'weekEnd',
});
