import type { Scenario } from '../testing/scenario.types';

const input = { subject: '2026年度光缆线路维护框架合同', counterparty: '某市电信分公司', estimatedAmount: 3_000_000 };
const negotiated = { counterparty: '某市电信分公司', amount: 2_880_000, keyTerms: '按季度结算,质保一年' };
const signed = {
  contractTitle: '光缆线路维护框架合同',
  contractNo: 'HT-2026-007',
  signedOn: '2026-03-05',
  signatory: '王经理',
  amount: 2_880_000,
};

/** Every path of 合同洽谈、签订、审核与备案, written once for the engine and the API. */
export const scenarios: Scenario[] = [
  {
    name: 'signed by the business person, finance and legal both approve (会签), filed',
    starter: 'sales',
    input,
    steps: [
      { type: 'NEGOTIATED', actor: 'sales', data: negotiated, expectState: 'signing' },
      { type: 'SIGN', actor: 'sales', data: signed, expectState: 'review' },
      { type: 'APPROVE', actor: 'finance', data: { comment: '付款条件合理,已登记台账' }, expectState: 'review' },
      { type: 'APPROVE', actor: 'legal', data: { comment: '条款合规,已归档' } },
    ],
    expectState: 'filed',
    expectStatus: 'done',
    expectContext: {
      amount: 2_880_000,
      contractNo: 'HT-2026-007',
      signing: signed,
      returnCount: 0,
      $approvals: {
        states: {
          review: {
            status: 'approved',
            slots: [
              { user: 'finance', status: 'approved', comment: '付款条件合理,已登记台账' },
              { user: 'legal', status: 'approved', comment: '条款合规,已归档' },
            ],
          },
        },
      },
    },
  },
  {
    name: 'legal sends it back with comments, renegotiated and re-signed, both review again',
    starter: 'staff',
    input,
    steps: [
      { type: 'NEGOTIATED', actor: 'staff', data: negotiated },
      { type: 'SIGN', actor: 'staff', data: signed },
      { type: 'APPROVE', actor: 'finance', data: {} },
      { type: 'RETURN', actor: 'legal', data: { comments: '违约责任条款不对等' }, expectState: 'negotiation' },
      { type: 'NEGOTIATED', actor: 'staff', data: { ...negotiated, keyTerms: '违约责任双方对等' } },
      { type: 'SIGN', actor: 'staff', data: { ...signed, contractNo: 'HT-2026-007-2' } },
      { type: 'APPROVE', actor: 'legal', data: {}, expectState: 'review' },
      { type: 'APPROVE', actor: 'finance', data: {} },
    ],
    expectState: 'filed',
    expectStatus: 'done',
    expectContext: {
      returnCount: 1,
      returns: [{ comments: '违约责任条款不对等', by: 'legal' }],
      contractNo: 'HT-2026-007-2',
      $approvals: { states: { review: { round: 2, status: 'approved' } } },
    },
  },
  {
    name: 'finance sends it back, negotiation then abandoned',
    starter: 'bizdev',
    input,
    steps: [
      { type: 'NEGOTIATED', actor: 'bizdev', data: negotiated },
      { type: 'SIGN', actor: 'bizdev', data: signed },
      { type: 'RETURN', actor: 'finance', data: { comments: '回款周期过长' }, expectState: 'negotiation' },
      { type: 'ABANDON', actor: 'bizdev', data: { reason: '对方不接受缩短回款周期' } },
    ],
    expectState: 'abandoned',
    expectStatus: 'done',
    expectContext: {
      returnCount: 1,
      returns: [{ comments: '回款周期过长', by: 'finance' }],
      abandonReason: '对方不接受缩短回款周期',
    },
  },
  {
    name: 'legal sends it back to signing (驳回), re-signed, both review again, filed',
    starter: 'sales',
    input,
    steps: [
      { type: 'NEGOTIATED', actor: 'sales', data: negotiated },
      { type: 'SIGN', actor: 'sales', data: { ...signed, signatory: '王某(无授权书)' } },
      {
        type: '@send-back',
        actor: 'legal',
        data: { statePath: 'review', slot: '1.2', to: 'signing', reason: '签约人须为对方法定代表人或授权代表' },
        expectState: 'signing',
      },
      { type: 'SIGN', actor: 'sales', data: signed, expectState: 'review' },
      { type: 'APPROVE', actor: 'finance', data: {} },
      { type: 'APPROVE', actor: 'legal', data: {} },
    ],
    expectState: 'filed',
    expectStatus: 'done',
    expectContext: { returnCount: 0, signing: signed, $approvals: { states: { review: { round: 2 } } } },
  },
];
