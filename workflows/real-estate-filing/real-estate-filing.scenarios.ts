import type { Scenario } from '../testing/scenario.types';

const project = {
  kind: 'project',
  projectName: '滨江花园二期',
  subject: '项目立项备案',
  content: '二期规划总建筑面积12万平方米',
};
const amendment = {
  kind: 'amendment',
  projectName: '滨江花园二期',
  subject: '调整销售策略',
  content: '首期均价下调3%',
  amends: 'FD-2026-0012',
};
const allApprove = [
  { type: 'MARKET_APPROVE', actor: 'market', data: { comment: '同意' } },
  { type: 'PROJECT_APPROVE', actor: 'project', data: {} },
  { type: 'SALES_APPROVE', actor: 'sales', data: { comment: '销售推广计划可行' } },
  { type: 'FINANCE_APPROVE', actor: 'finance', data: {} },
  { type: 'LEGAL_APPROVE', actor: 'legal', data: {} },
];
const review = (market: string, project: string, sales: string, finance: string, legal: string) => ({
  review: { market, project, sales, finance, legal },
});

/** Every path of 房地产项目审批与备案, written once for the engine and the API. */
export const scenarios: Scenario[] = [
  {
    name: 'new project approved by every department, then filed and in effect',
    starter: 'project',
    input: project,
    steps: [
      { ...allApprove[0], expectState: review('approved', 'pending', 'pending', 'pending', 'pending') },
      { ...allApprove[1], expectState: review('approved', 'approved', 'pending', 'pending', 'pending') },
      { ...allApprove[2], expectState: review('approved', 'approved', 'approved', 'pending', 'pending') },
      { ...allApprove[3], expectState: review('approved', 'approved', 'approved', 'approved', 'pending') },
      { ...allApprove[4], expectState: 'filing' },
      { type: 'FILE', actor: 'office', data: { filingNo: 'FD-2026-0031', filedOn: '2026-03-02' } },
    ],
    expectState: 'filed',
    expectStatus: 'done',
    expectContext: {
      effective: true,
      filingNo: 'FD-2026-0031',
      filedOn: '2026-03-02',
      rejectionCount: 0,
      reviews: [
        { department: 'market', decision: 'approved', comment: '同意', by: 'market' },
        { department: 'project', decision: 'approved', by: 'project' },
        { department: 'sales', decision: 'approved', comment: '销售推广计划可行', by: 'sales' },
        { department: 'finance', decision: 'approved', by: 'finance' },
        { department: 'legal', decision: 'approved', by: 'legal' },
      ],
    },
  },
  {
    name: 'amendment of the sales strategy by the sales dept, sent back by legal, revised, reviewed again by all, filed',
    starter: 'sales',
    input: amendment,
    steps: [
      allApprove[0],
      allApprove[3],
      { type: 'LEGAL_REJECT', actor: 'legal', data: { comment: '需补充价格调整依据' }, expectState: 'revision' },
      {
        type: 'RESUBMIT',
        actor: 'sales',
        data: { content: '首期均价下调3%,附成本测算', changeNote: '补充价格调整依据' },
        expectState: review('pending', 'pending', 'pending', 'pending', 'pending'),
      },
      ...allApprove,
      { type: 'FILE', actor: 'office', data: { filingNo: 'FD-2026-0012-A1' } },
    ],
    expectState: 'filed',
    expectStatus: 'done',
    expectContext: {
      kind: 'amendment',
      amends: 'FD-2026-0012',
      content: '首期均价下调3%,附成本测算',
      effective: true,
      filingNo: 'FD-2026-0012-A1',
      rejectionCount: 1,
      revisions: [{ changeNote: '补充价格调整依据', by: 'sales' }],
    },
  },
  {
    name: 'sent back by the sales dept (client development and promotion plan missing), revised, filed',
    starter: 'project',
    input: project,
    steps: [
      allApprove[0],
      {
        type: 'SALES_REJECT',
        actor: 'sales',
        data: { comment: '缺少目标客户和销售推广计划' },
        expectState: 'revision',
      },
      {
        type: 'RESUBMIT',
        actor: 'project',
        data: {
          content: '二期规划总建筑面积12万平方米,附目标客户群体和销售推广计划',
          changeNote: '补充客户拓展和销售推广计划',
        },
        expectState: review('pending', 'pending', 'pending', 'pending', 'pending'),
      },
      ...allApprove,
      { type: 'FILE', actor: 'office', data: { filingNo: 'FD-2026-0032' } },
    ],
    expectState: 'filed',
    expectStatus: 'done',
    expectContext: {
      effective: true,
      rejectionCount: 1,
      reviews: [
        { department: 'market', decision: 'approved', by: 'market' },
        { department: 'sales', decision: 'rejected', comment: '缺少目标客户和销售推广计划', by: 'sales' },
        { department: 'market', decision: 'approved', by: 'market' },
        { department: 'project', decision: 'approved', by: 'project' },
        { department: 'sales', decision: 'approved', by: 'sales' },
        { department: 'finance', decision: 'approved', by: 'finance' },
        { department: 'legal', decision: 'approved', by: 'legal' },
      ],
    },
  },
  {
    name: 'sent back by finance and withdrawn: never takes effect',
    starter: 'project',
    input: project,
    steps: [
      { type: 'FINANCE_REJECT', actor: 'finance', data: { comment: '资金来源不明确' }, expectState: 'revision' },
      { type: 'WITHDRAW', actor: 'project', data: { reason: '项目暂缓' } },
    ],
    expectState: 'withdrawn',
    expectStatus: 'done',
    expectContext: {
      effective: false,
      filingNo: null,
      withdrawReason: '项目暂缓',
      reviews: [{ department: 'finance', decision: 'rejected', comment: '资金来源不明确', by: 'finance' }],
    },
  },
  {
    name: 'approved by all but not yet filed: not in effect',
    starter: 'project',
    input: project,
    steps: allApprove,
    expectState: 'filing',
    expectStatus: 'running',
    expectContext: { effective: false, filingNo: null },
  },
];
