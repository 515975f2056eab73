import type { Scenario } from '../testing/scenario.types';

const cityInput = {
  guests: '某运营商采购部 王经理等',
  guestCount: 3,
  purpose: '洽谈年度框架合同 / Annual framework contract talks',
  estimatedAmount: 1200,
  alcohol: false,
  region: 'city',
};
const countyInput = { ...cityInput, region: 'county', estimatedAmount: 800 };
/**
 * The invoice photo as the claim carries it. Walked over HTTP, every attachment reference in a
 * step's data stands for a file that the step's actor uploads first (test/api/workflow-scenarios).
 */
export const invoicePhoto = {
  attachmentId: '00000000-0000-4000-8000-00000000f070',
  sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  filename: '餐饮发票.jpg',
  contentType: 'image/jpeg',
  size: 4096,
};
const claimFields = { invoiceNumber: '044001900111-12345678', invoiceAmount: 1080, invoiceType: 'catering' };
const claim = { ...claimFields, invoicePhoto };
const alcoholForm = { liquor: '本地白酒', quantity: 2, estimatedCost: 300 };

/**
 * The state while the claim is being settled: the claim region (报销 / 财务审核) and the deadline
 * region (期限内 / 超期待督促 / 领导已督促) run side by side.
 */
export const settling = (claimStep: 'reimbursement' | 'financeCheck', deadline = 'running') => ({
  settlement: { claim: claimStep, deadline },
});

/** Every path of 客户招待费申请与报销, written once for the engine and the API. */
export const scenarios: Scenario[] = [
  {
    name: 'city staff, no alcohol, settled on time',
    starter: 'staff',
    input: cityInput,
    steps: [
      { type: 'APPROVE', actor: 'leader', data: { comment: '同意' }, expectState: 'hosting' },
      {
        type: 'HOSTED',
        actor: 'staff',
        data: { actualAmount: 1080, hostedOn: '2026-03-02' },
        expectState: settling('reimbursement'),
      },
      { type: 'SUBMIT_CLAIM', actor: 'staff', data: claim, expectState: settling('financeCheck') },
      { type: 'SETTLE', actor: 'finance', data: {} },
    ],
    expectState: 'settled',
    expectStatus: 'done',
    expectContext: {
      region: 'city',
      settlementWindow: 'P3D',
      actualAmount: 1080,
      claim: claimFields,
      overdue: false,
      flags: [],
      leaderComment: '同意',
      approvals: [{ step: 'leaderApproval', decision: 'approved', by: 'leader' }],
    },
  },
  {
    name: 'county staff, with alcohol approved, settled on time',
    starter: 'staff',
    input: { ...countyInput, alcohol: true },
    steps: [
      { type: 'APPROVE', actor: 'leader', data: {}, expectState: 'alcoholApplication' },
      { type: 'SUBMIT_ALCOHOL_FORM', actor: 'staff', data: alcoholForm, expectState: 'alcoholApproval' },
      { type: 'APPROVE_ALCOHOL', actor: 'leader', data: {}, expectState: 'hosting' },
      { type: 'HOSTED', actor: 'staff', data: { actualAmount: 1100, hostedOn: '2026-03-02' } },
      { type: 'SUBMIT_CLAIM', actor: 'staff', data: { ...claim, invoiceAmount: 1100 } },
      { type: 'SETTLE', actor: 'finance', data: { comment: '票据齐全' } },
    ],
    expectState: 'settled',
    expectStatus: 'done',
    expectContext: {
      region: 'county',
      settlementWindow: 'P7D',
      alcohol: true,
      alcoholForm,
      alcoholApproved: true,
      hostedOn: '2026-03-02',
      financeComment: '票据齐全',
      overdue: false,
      approvals: [
        { step: 'leaderApproval', decision: 'approved', by: 'leader' },
        { step: 'alcoholApproval', decision: 'approved', by: 'leader' },
      ],
    },
  },
  {
    name: 'city staff, alcohol refused, hosted without it',
    starter: 'staff',
    input: { ...cityInput, alcohol: true },
    steps: [
      { type: 'APPROVE', actor: 'leader', data: {} },
      { type: 'SUBMIT_ALCOHOL_FORM', actor: 'staff', data: alcoholForm },
      { type: 'REJECT_ALCOHOL', actor: 'leader', data: { comment: '工作日不得用酒' }, expectState: 'hosting' },
      { type: 'HOSTED', actor: 'staff', data: { actualAmount: 900, hostedOn: '2026-03-02' } },
      { type: 'SUBMIT_CLAIM', actor: 'staff', data: { ...claim, invoiceAmount: 900 } },
      { type: 'SETTLE', actor: 'finance', data: {} },
    ],
    expectState: 'settled',
    expectStatus: 'done',
    expectContext: { alcoholApproved: false, alcoholComment: '工作日不得用酒', actualAmount: 900 },
  },
  {
    name: 'leader rejects the request',
    starter: 'staff',
    input: countyInput,
    steps: [{ type: 'REJECT', actor: 'leader', data: { comment: '本月招待预算已用完' } }],
    expectState: 'rejected',
    expectStatus: 'done',
    expectContext: {
      leaderComment: '本月招待预算已用完',
      approvals: [{ step: 'leaderApproval', decision: 'rejected', by: 'leader' }],
    },
  },
  {
    name: 'the applicant withdraws before the leader acts (撤回)',
    starter: 'staff',
    input: cityInput,
    steps: [{ type: '@withdraw', actor: 'staff', data: { reason: '客户改期来访' } }],
    expectState: 'withdrawn',
    expectStatus: 'done',
    expectContext: { $approvals: { states: { leaderApproval: { status: 'cancelled' } }, acted: false } },
  },
  {
    name: 'finance returns the claim, staff resubmits, settled',
    starter: 'staff',
    input: cityInput,
    steps: [
      { type: 'APPROVE', actor: 'leader', data: {} },
      { type: 'HOSTED', actor: 'staff', data: { actualAmount: 1080, hostedOn: '2026-03-02' } },
      { type: 'SUBMIT_CLAIM', actor: 'staff', data: { ...claim, invoiceAmount: 980 } },
      {
        type: 'RETURN',
        actor: 'finance',
        data: { reason: '发票金额与实际金额不符' },
        expectState: settling('reimbursement'),
      },
      { type: 'SUBMIT_CLAIM', actor: 'staff', data: claim, expectState: settling('financeCheck') },
      { type: 'SETTLE', actor: 'finance', data: {} },
    ],
    expectState: 'settled',
    expectStatus: 'done',
    expectContext: {
      claim: claimFields,
      returnCount: 1,
      returns: [{ reason: '发票金额与实际金额不符', by: 'finance' }],
    },
  },
  {
    name: 'invoice for less than was spent: claimed as invoiced (never above the actual amount), settled',
    starter: 'staff',
    input: cityInput,
    steps: [
      { type: 'APPROVE', actor: 'leader', data: {} },
      { type: 'HOSTED', actor: 'staff', data: { actualAmount: 480, hostedOn: '2026-03-02' } },
      { type: 'SUBMIT_CLAIM', actor: 'staff', data: { ...claim, invoiceAmount: 450 } },
      { type: 'SETTLE', actor: 'finance', data: {} },
    ],
    expectState: 'settled',
    expectStatus: 'done',
    expectContext: { actualAmount: 480, claim: { ...claimFields, invoiceAmount: 450 } },
  },
  {
    name: 'city staff past 3 days: flagged overdue, the leader tasked and following up, still settled',
    starter: 'staff',
    input: cityInput,
    steps: [
      { type: 'APPROVE', actor: 'leader', data: {} },
      { type: 'HOSTED', actor: 'staff', data: { actualAmount: 1080, hostedOn: '2026-03-02' } },
      { timer: 'settlementDeadline', actor: 'system', expectState: settling('reimbursement', 'overdue') },
      {
        type: 'FOLLOW_UP',
        actor: 'leader',
        data: { decision: 'urged', note: '已电话催办，约定3月9日前交票' },
        expectState: settling('reimbursement', 'followedUp'),
      },
      { type: 'SUBMIT_CLAIM', actor: 'staff', data: claim },
      { type: 'SETTLE', actor: 'finance', data: {} },
    ],
    expectState: 'settled',
    expectStatus: 'done',
    expectContext: {
      overdue: true,
      flags: [{ code: 'overdue', by: 'system' }],
      followUps: [{ decision: 'urged', note: '已电话催办，约定3月9日前交票', by: 'leader' }],
    },
  },
  {
    name: 'city staff past 3 days, leader excuses the lateness while finance checks, settled',
    starter: 'staff',
    input: cityInput,
    steps: [
      { type: 'APPROVE', actor: 'leader', data: {} },
      { type: 'HOSTED', actor: 'staff', data: { actualAmount: 1080, hostedOn: '2026-03-02' } },
      { type: 'SUBMIT_CLAIM', actor: 'staff', data: claim },
      { timer: 'settlementDeadline', actor: 'system', expectState: settling('financeCheck', 'overdue') },
      {
        type: 'FOLLOW_UP',
        actor: 'leader',
        data: { decision: 'excused', note: '发票由客户方开具，延迟属实' },
        expectState: settling('financeCheck', 'followedUp'),
      },
      { type: 'SETTLE', actor: 'finance', data: {} },
    ],
    expectState: 'settled',
    expectStatus: 'done',
    expectContext: { overdue: true, followUps: [{ decision: 'excused', by: 'leader' }] },
  },
  {
    name: 'county staff past 7 days while finance checks: flagged overdue, settled before the leader acts (their task closes)',
    starter: 'staff',
    input: countyInput,
    steps: [
      { type: 'APPROVE', actor: 'leader', data: {} },
      { type: 'HOSTED', actor: 'staff', data: { actualAmount: 780, hostedOn: '2026-03-02' } },
      { type: 'SUBMIT_CLAIM', actor: 'staff', data: { ...claim, invoiceAmount: 780 } },
      { timer: 'settlementDeadline', actor: 'system', expectState: settling('financeCheck', 'overdue') },
      { type: 'SETTLE', actor: 'finance', data: {} },
    ],
    expectState: 'settled',
    expectStatus: 'done',
    expectContext: {
      settlementWindow: 'P7D',
      overdue: true,
      flags: [{ code: 'overdue', by: 'system' }],
      followUps: [],
    },
  },
];
