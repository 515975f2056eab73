import type { Scenario } from '../testing/scenario.types';

/** 省内关联交易市场, existing area, other business won by staff outside the area: 1% fee. */
export const outsideStaffInput = {
  projectName: '某县城区光缆扩容工程',
  responsibleUnit: '长沙项目部',
  contractAmount: 1_000_000,
  expectedCost: 900_000,
  market: 'province',
  area: 'existing',
  orderSource: 'other',
  wonBy: 'outsideStaff',
};
const newAreaConstructionInput = { ...outsideStaffInput, area: 'new', orderSource: 'construction', wonBy: 'areaUnit' };
const newAreaOtherInput = { ...outsideStaffInput, area: 'new', orderSource: 'other', wonBy: 'areaUnit' };
const operatorOutsideStaffInput = { ...outsideStaffInput, market: 'operator' };
const newOperatorMarketInput = {
  ...outsideStaffInput,
  market: 'operator',
  area: 'new',
  wonBy: 'areaUnit',
  contractAmount: 2_000_000,
  expectedCost: 1_800_000,
  winningShareAmount: 500_000,
};
const dispatchedInput = { ...outsideStaffInput, orderSource: 'construction', wonBy: 'areaUnit' };

/** Every path of 单项工程前评估与立项, written once for the engine and the API. */
export const scenarios: Scenario[] = [
  {
    name: 'won by staff outside the area (1% fee), margin exactly 5%, set up, delivered, post-evaluated',
    starter: 'staff',
    input: outsideStaffInput,
    steps: [
      {
        type: 'EVALUATE',
        actor: 'bizdev',
        data: { expectedCost: 950_000, comment: '成本核定' },
        expectState: 'approval',
      },
      { type: 'APPROVE', actor: 'leader', data: { comment: '同意立项' }, expectState: 'setUp' },
      {
        type: 'SET_UP',
        actor: 'project',
        data: { projectNo: 'LX-2026-018', startDate: '2026-03-10' },
        expectState: 'delivery',
      },
      {
        type: 'DELIVER',
        actor: 'project',
        data: { actualCost: 930_000, deliveredOn: '2026-06-30' },
        expectState: 'postEvaluation',
      },
      { type: 'POST_EVALUATE', actor: 'bizdev', data: { score: 90, conclusion: '成本控制良好' } },
    ],
    expectState: 'closed',
    expectStatus: 'done',
    expectContext: {
      feeCase: 'outsideStaff',
      businessFee: 10_000,
      expectedCost: 950_000,
      profitMargin: 0.05,
      actualCost: 930_000,
      actualProfitMargin: 0.07,
      projectNo: 'LX-2026-018',
      postEvaluation: { score: 90, conclusion: '成本控制良好' },
      decisions: [{ step: 'approval', decision: 'approved', comment: '同意立项', by: 'leader' }],
    },
  },
  {
    name: 'new area, construction-dept order (2% fee), margin 5.01%, approved',
    starter: 'bizdev',
    input: newAreaConstructionInput,
    steps: [
      { type: 'EVALUATE', actor: 'finance', data: { expectedCost: 949_900 }, expectState: 'approval' },
      { type: 'APPROVE', actor: 'leader', data: {} },
    ],
    expectState: 'setUp',
    expectStatus: 'running',
    expectContext: { feeCase: 'newAreaConstruction', businessFee: 20_000, profitMargin: 0.0501 },
  },
  {
    name: 'new operator market: 2% of the winning share',
    starter: 'bizdev',
    input: newOperatorMarketInput,
    steps: [{ type: 'EVALUATE', actor: 'bizdev', data: { expectedCost: 1_800_000 }, expectState: 'approval' }],
    expectState: 'approval',
    expectStatus: 'running',
    expectContext: { feeCase: 'newOperatorMarket', businessFee: 10_000, profitMargin: 0.1 },
  },
  {
    name: 'other operator’s market won by staff outside the area: 2% of the contract amount',
    starter: 'staff',
    input: operatorOutsideStaffInput,
    steps: [{ type: 'EVALUATE', actor: 'bizdev', data: { expectedCost: 900_000 } }],
    expectState: 'approval',
    expectStatus: 'running',
    expectContext: { feeCase: 'operatorOutsideStaff', businessFee: 20_000, profitMargin: 0.1 },
  },
  {
    name: 'new area, other business: the approver sets the fee case by case',
    starter: 'staff',
    input: newAreaOtherInput,
    steps: [
      { type: 'EVALUATE', actor: 'bizdev', data: { expectedCost: 900_000 } },
      { type: 'APPROVE', actor: 'leader', data: { businessFee: 15_000, comment: '视具体情况核定业务费1.5万元' } },
    ],
    expectState: 'setUp',
    expectStatus: 'running',
    expectContext: { feeCase: 'newAreaOther', businessFee: 15_000 },
  },
  {
    name: 'existing area, construction-dept order: no business fee',
    starter: 'staff',
    input: dispatchedInput,
    steps: [{ type: 'EVALUATE', actor: 'bizdev', data: { expectedCost: 900_000 } }],
    expectState: 'approval',
    expectStatus: 'running',
    expectContext: { feeCase: 'none', businessFee: 0 },
  },
  {
    name: 'won by staff outside the area, margin 4.99%: the 5% rule is not this case’s, goes to approval',
    starter: 'staff',
    input: outsideStaffInput,
    steps: [{ type: 'EVALUATE', actor: 'bizdev', data: { expectedCost: 950_100 } }],
    expectState: 'approval',
    expectStatus: 'running',
    expectContext: { feeCase: 'outsideStaff', profitMargin: 0.0499, businessFee: 10_000 },
  },
  {
    name: 'new area, other business, margin 4.99%: refused, the applicant accepts the refusal',
    starter: 'staff',
    input: newAreaOtherInput,
    steps: [
      { type: 'EVALUATE', actor: 'bizdev', data: { expectedCost: 950_100 }, expectState: 'refused' },
      { type: 'ACCEPT_REFUSAL', actor: 'staff', data: { comment: '调整方案后重新申报' } },
    ],
    expectState: 'rejected',
    expectStatus: 'done',
    expectContext: {
      feeCase: 'newAreaOther',
      profitMargin: 0.0499,
      rejectionReason: 'profitMarginBelowMinimum',
      refusalComment: '调整方案后重新申报',
      decisions: [],
    },
  },
  {
    name: 'new area, other business, margin 4.99%: escalated, the company leadership approves and sets the fee',
    starter: 'staff',
    input: newAreaOtherInput,
    steps: [
      { type: 'EVALUATE', actor: 'bizdev', data: { expectedCost: 950_100 }, expectState: 'refused' },
      {
        type: 'ESCALATE',
        actor: 'staff',
        data: { reason: '战略性进入新业务区,后续项目可摊薄成本' },
        expectState: 'escalation',
      },
      {
        type: 'APPROVE',
        actor: 'hq',
        data: { businessFee: 5_000, comment: '同意作为市场开拓项目立项' },
        expectState: 'setUp',
      },
      { type: 'SET_UP', actor: 'project', data: { projectNo: 'LX-2026-021' } },
    ],
    expectState: 'delivery',
    expectStatus: 'running',
    expectContext: {
      rejectionReason: 'profitMarginBelowMinimum',
      escalationReason: '战略性进入新业务区,后续项目可摊薄成本',
      businessFee: 5_000,
      projectNo: 'LX-2026-021',
      decisions: [{ step: 'escalation', decision: 'approved', comment: '同意作为市场开拓项目立项', by: 'hq' }],
    },
  },
  {
    name: 'leader does not approve, the applicant accepts the refusal',
    starter: 'staff',
    input: outsideStaffInput,
    steps: [
      { type: 'EVALUATE', actor: 'bizdev', data: { expectedCost: 900_000 } },
      { type: 'REJECT', actor: 'leader', data: { comment: '暂缓' }, expectState: 'refused' },
      { type: 'ACCEPT_REFUSAL', actor: 'staff', data: {} },
    ],
    expectState: 'rejected',
    expectStatus: 'done',
    expectContext: {
      rejectionReason: 'notApproved',
      decisions: [{ step: 'approval', decision: 'rejected', comment: '暂缓', by: 'leader' }],
    },
  },
  {
    name: 'leader does not approve, escalated, the company leadership rejects too: ended',
    starter: 'staff',
    input: outsideStaffInput,
    steps: [
      { type: 'EVALUATE', actor: 'bizdev', data: { expectedCost: 900_000 } },
      { type: 'REJECT', actor: 'leader', data: { comment: '暂缓' } },
      { type: 'ESCALATE', actor: 'staff', data: { reason: '客户要求本月开工' }, expectState: 'escalation' },
      { type: 'REJECT', actor: 'hq', data: { comment: '维持领导意见' } },
    ],
    expectState: 'rejected',
    expectStatus: 'done',
    expectContext: {
      rejectionReason: 'notApproved',
      escalationReason: '客户要求本月开工',
      decisions: [
        { step: 'approval', decision: 'rejected', comment: '暂缓', by: 'leader' },
        { step: 'escalation', decision: 'rejected', comment: '维持领导意见', by: 'hq' },
      ],
    },
  },
  {
    name: 'leader does not approve, escalated, the company leadership approves: set up with the case’s fixed fee',
    starter: 'staff',
    input: outsideStaffInput,
    steps: [
      { type: 'EVALUATE', actor: 'bizdev', data: { expectedCost: 900_000 } },
      { type: 'REJECT', actor: 'leader', data: { comment: '暂缓' } },
      { type: 'ESCALATE', actor: 'staff', data: { reason: '客户要求本月开工' } },
      { type: 'APPROVE', actor: 'hq', data: { comment: '同意' } },
    ],
    expectState: 'setUp',
    expectStatus: 'running',
    expectContext: {
      businessFee: 10_000,
      decisions: [
        { step: 'approval', decision: 'rejected', by: 'leader' },
        { step: 'escalation', decision: 'approved', comment: '同意', by: 'hq' },
      ],
    },
  },
];
