import type { Scenario } from '../testing/scenario.types';

const input = {
  partnerName: '湘江通信设备销售有限公司',
  channelType: 'distributor',
  coverage: '湖南省14个地市',
  experienceYears: 8,
  reputation: '银行资信良好,无诉讼记录',
};
const selection = { coverageScore: 5, experienceScore: 4, reputationScore: 4, comment: '覆盖面广' };
const agreement = {
  agreementNo: 'QD-2026-003',
  rights: '区域内独家分销权',
  duties: '年度销售额不低于500万元',
  revenueSharePercent: 12,
  validUntil: '2027-03-31',
};
const performance = { salesAmount: 1_450_000, marketShare: 6.5, satisfaction: 4, score: 82 };

/** Every path of 渠道合作伙伴管理, written once for the engine and the API. */
export const scenarios: Scenario[] = [
  {
    name: 'candidate declined at selection',
    starter: 'bizdev',
    input: { ...input, channelType: 'agent', experienceYears: 1 },
    steps: [{ type: 'DECLINE', actor: 'bizdev', data: { reason: '经验不足,覆盖范围小' } }],
    expectState: 'notSelected',
    expectStatus: 'done',
    expectContext: { declineReason: '经验不足,覆盖范围小', evaluationCount: 0 },
  },
  {
    name: 'selected by bizdev, not approved by the company leadership: no agreement',
    starter: 'bizdev',
    input,
    steps: [
      { type: 'SELECT', actor: 'bizdev', data: selection, expectState: 'leadershipApproval' },
      { type: 'LEADERSHIP_REJECT', actor: 'leader', data: { reason: '与现有代理商区域重叠' } },
    ],
    expectState: 'notApproved',
    expectStatus: 'done',
    expectContext: {
      notApprovedReason: '与现有代理商区域重叠',
      approvals: [{ decision: 'rejected', reason: '与现有代理商区域重叠', by: 'leader' }],
      agreements: [],
    },
  },
  {
    name: 'selected, approved by the company leadership, agreed, evaluated: continue, adjust (new agreement), terminate',
    starter: 'sales',
    input,
    steps: [
      { type: 'SELECT', actor: 'bizdev', data: selection, expectState: 'leadershipApproval' },
      {
        type: 'LEADERSHIP_APPROVE',
        actor: 'leader',
        data: { comment: '同意按分销渠道拓展' },
        expectState: 'agreement',
      },
      { type: 'SIGN_AGREEMENT', actor: 'sales', data: agreement, expectState: 'cooperation' },
      { type: 'EVALUATE_NOW', actor: 'sales', expectState: 'evaluation' },
      { type: 'CONTINUE', actor: 'bizdev', data: performance, expectState: 'cooperation' },
      { type: 'EVALUATE_NOW', actor: 'sales', expectState: 'evaluation' },
      {
        type: 'ADJUST',
        actor: 'bizdev',
        data: { score: 65, adjustments: '分成比例下调至10%' },
        expectState: 'agreement',
      },
      {
        type: 'SIGN_AGREEMENT',
        actor: 'sales',
        data: { ...agreement, agreementNo: 'QD-2026-003-B', revenueSharePercent: 10 },
        expectState: 'cooperation',
      },
      { type: 'EVALUATE_NOW', actor: 'sales', expectState: 'evaluation' },
      { type: 'TERMINATE', actor: 'bizdev', data: { score: 40, reason: '连续两期未完成销售目标' } },
    ],
    expectState: 'terminated',
    expectStatus: 'done',
    expectContext: {
      selection,
      approvals: [{ decision: 'approved', comment: '同意按分销渠道拓展', by: 'leader' }],
      agreement: { agreementNo: 'QD-2026-003-B', revenueSharePercent: 10 },
      agreements: [
        { agreementNo: 'QD-2026-003', by: 'sales' },
        { agreementNo: 'QD-2026-003-B', by: 'sales' },
      ],
      evaluationCount: 3,
      evaluations: [
        { decision: 'continue', ...performance, by: 'bizdev' },
        { decision: 'adjust', score: 65, adjustments: '分成比例下调至10%', by: 'bizdev' },
        { decision: 'terminate', score: 40, reason: '连续两期未完成销售目标', by: 'bizdev' },
      ],
      terminationReason: '连续两期未完成销售目标',
    },
  },
  {
    name: 'evaluated every 90 days, cooperation continues',
    starter: 'bizdev',
    input,
    steps: [
      { type: 'SELECT', actor: 'bizdev', data: selection },
      { type: 'LEADERSHIP_APPROVE', actor: 'leader', data: {} },
      { type: 'SIGN_AGREEMENT', actor: 'bizdev', data: agreement },
      { timer: 'context.evaluationInterval', actor: 'system', expectState: 'evaluation' },
      { type: 'CONTINUE', actor: 'bizdev', data: performance, expectState: 'cooperation' },
      { timer: 'context.evaluationInterval', actor: 'system', expectState: 'evaluation' },
    ],
    expectState: 'evaluation',
    expectStatus: 'running',
    expectContext: { evaluationCount: 1, evaluations: [{ decision: 'continue', score: 82 }] },
  },
];
