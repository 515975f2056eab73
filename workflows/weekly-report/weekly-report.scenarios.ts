import type { Scenario } from '../testing/scenario.types';

const input = { weekEnding: '2026-03-06' };
/** A complete SUBMIT form (市场动态、竞品信息 are required by the seed's 报表制度). */
export const weeklyReport = {
  summary: '拜访客户5家，完成2份报价',
  nextWeekPlan: '跟进A公司合同，拜访县区渠道',
  marketDynamics: '运营商集采提前至四月',
  competitorInfo: '竞品B降价5%',
};
const fine = {
  amount: 20,
  reason: { zh: '未按规定上交周总结和下周计划（每次罚款20元）' },
  by: 'system',
};

/** Every path of 周总结与下周计划. */
export const scenarios: Scenario[] = [
  {
    name: 'handed in on time and accepted, no fine',
    starter: 'staff',
    input,
    steps: [
      { type: 'SUBMIT', actor: 'staff', data: weeklyReport, expectState: 'review' },
      { type: 'ACCEPT', actor: 'leader', data: { comment: '收到' } },
    ],
    expectState: 'accepted',
    expectStatus: 'done',
    expectContext: { weekEnding: '2026-03-06', report: weeklyReport, late: false, fines: [], fineTotal: 0 },
  },
  {
    name: 'sent back by the manager, revised, accepted',
    starter: 'staff',
    input,
    steps: [
      { type: 'SUBMIT', actor: 'staff', data: weeklyReport },
      { type: 'RETURN', actor: 'leader', data: { comment: '竞品信息写具体些' }, expectState: 'revising' },
      { type: 'SUBMIT', actor: 'staff', data: { ...weeklyReport, competitorInfo: '竞品B报价下调5%，主攻县区' } },
      { type: 'ACCEPT', actor: 'leader', data: {} },
    ],
    expectState: 'accepted',
    expectStatus: 'done',
    expectContext: {
      report: { competitorInfo: '竞品B报价下调5%，主攻县区' },
      returnCount: 1,
      returns: [{ comment: '竞品信息写具体些', by: 'leader' }],
      fineTotal: 0,
    },
  },
  {
    name: 'deadline passes: ¥20 fine recorded, handed in late, accepted',
    starter: 'staff',
    input,
    steps: [
      { timer: 'context.submissionWindow', actor: 'system', expectState: 'late' },
      { type: 'SUBMIT', actor: 'staff', data: weeklyReport, expectState: 'review' },
      { type: 'ACCEPT', actor: 'leader', data: {} },
    ],
    expectState: 'accepted',
    expectStatus: 'done',
    expectContext: { late: true, fines: [fine], fineTotal: 20 },
  },
  {
    name: 'never handed in: fined once when late, closed as missing',
    starter: 'staff',
    input,
    steps: [
      { timer: 'context.submissionWindow', actor: 'system', expectState: 'late' },
      { timer: 'context.missingAfter', actor: 'system' },
    ],
    expectState: 'missing',
    expectStatus: 'done',
    expectContext: { late: true, missing: true, fines: [fine], fineTotal: 20 },
  },
];
