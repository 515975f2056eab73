import type { Scenario, ScenarioStep } from '../testing/scenario.types';

const input = { initiative: '智慧园区综合信息化业务拓展', field: '数字政府与智慧园区' };
const upToScreening: ScenarioStep[] = [
  {
    type: 'SET_STRATEGY',
    actor: 'hq',
    data: { strategy: '以市场为导向,重点拓展省内智慧园区', resources: '专项拓展资金2000万元' },
    expectState: { businessDept: 'annualPlan' },
  },
  {
    type: 'SUBMIT_PLAN',
    actor: 'bizdev',
    data: { year: 2026, plan: '全年拓展3个园区项目', budget: 20_000_000 },
    expectState: { businessDept: 'marketResearch' },
  },
  {
    type: 'SUBMIT_RESEARCH',
    actor: 'bizdev',
    data: { demand: '省内12个产业园区有信息化改造需求', competition: '两家同类国企参与竞争' },
    expectState: { businessDept: 'negotiation' },
  },
  {
    type: 'AGREE',
    actor: 'bizdev',
    data: { partner: '某高新区管委会', intent: '共建园区信息化平台', agreementNo: 'HZ-2026-01' },
    expectState: { projectGroup: 'screening' },
  },
];
const screening = {
  project: '高新区智慧园区一期',
  evaluation: '市场前景良好,预计内部收益率9%',
  riskAnalysis: '政府付款周期风险,以分期回款控制',
  riskLevel: 'medium',
};
const finish: ScenarioStep[] = [
  {
    type: 'REPORT_PROGRESS',
    actor: 'project',
    data: { progressPercent: 50, report: '平台主体建设完成' },
    expectState: { projectGroup: 'implementation' },
  },
  {
    type: 'COMPLETE_IMPLEMENTATION',
    actor: 'project',
    data: { summary: '按期建成上线' },
    expectState: { hq: 'oversight' },
  },
  { type: 'ASSESS', actor: 'hq', data: { score: 88, comment: '达到预期' } },
];

/** Every path of 国企业务拓展, written once for the engine and the API. */
export const scenarios: Scenario[] = [
  {
    name: 'no outbound investment: straight from screening to implementation',
    starter: 'hq',
    input,
    steps: [
      ...upToScreening,
      {
        type: 'SCREEN',
        actor: 'project',
        data: { ...screening, outboundInvestment: false },
        expectState: { projectGroup: 'implementation' },
      },
      ...finish,
    ],
    expectState: 'completed',
    expectStatus: 'done',
    expectContext: {
      outboundInvestment: false,
      investmentDecisions: [],
      progressReports: [{ progressPercent: 50, report: '平台主体建设完成', by: 'project' }],
      implementationSummary: '按期建成上线',
      assessment: { score: 88 },
    },
  },
  {
    name: 'outbound investment approved by hq before implementation',
    starter: 'bizdev',
    input: { ...input, outboundInvestment: true },
    steps: [
      ...upToScreening,
      {
        type: 'SCREEN',
        actor: 'project',
        data: { ...screening, outboundInvestment: true, investmentAmount: 30_000_000 },
        expectState: { hq: 'investmentApproval' },
      },
      {
        type: 'APPROVE_INVESTMENT',
        actor: 'hq',
        data: { approvalNo: '总部投〔2026〕5号' },
        expectState: { projectGroup: 'implementation' },
      },
      ...finish,
    ],
    expectState: 'completed',
    expectStatus: 'done',
    expectContext: {
      outboundInvestment: true,
      investmentApprovalNo: '总部投〔2026〕5号',
      investmentDecisions: [{ decision: 'approved', approvalNo: '总部投〔2026〕5号', by: 'hq' }],
    },
  },
  {
    name: 'outbound investment rejected, project group re-screens and drops it',
    starter: 'hq',
    input,
    steps: [
      ...upToScreening,
      {
        type: 'SCREEN',
        actor: 'project',
        data: { ...screening, outboundInvestment: true, investmentAmount: 90_000_000 },
      },
      {
        type: 'REJECT_INVESTMENT',
        actor: 'hq',
        data: { comment: '投资规模超出年度预算' },
        expectState: { projectGroup: 'screening' },
      },
      { type: 'DROP', actor: 'project', data: { reason: '无替代项目' } },
    ],
    expectState: 'abandoned',
    expectStatus: 'done',
    expectContext: {
      investmentDecisions: [{ decision: 'rejected', comment: '投资规模超出年度预算', by: 'hq' }],
      abandonReason: '无替代项目',
    },
  },
  {
    name: 'cooperation negotiation fails',
    starter: 'hq',
    input,
    steps: [
      ...upToScreening.slice(0, 3),
      { type: 'NO_AGREEMENT', actor: 'bizdev', data: { reason: '合作条件未达成一致' } },
    ],
    expectState: 'abandoned',
    expectStatus: 'done',
    expectContext: { abandonReason: '合作条件未达成一致' },
  },
];
