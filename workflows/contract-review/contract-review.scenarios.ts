import type { Scenario } from '../testing/scenario.types';

const input = { subject: '2026年度光缆线路维护框架合同', counterparty: '某市电信分公司', estimatedAmount: 3_000_000 };
const negotiated = { counterparty: '某市电信分公司', amount: 2_880_000, keyTerms: '按季度结算,质保一年' };
const draft = { contractTitle: '光缆线路维护框架合同', draftRef: 'HT-2026-007-v1', amount: 2_880_000 };
const review = (finance: string, legal: string) => ({ review: { finance, legal } });

/** Every path of 合同洽谈、审核与备案, written once for the engine and the API. */
export const scenarios: Scenario[] = [
  {
    name: 'finance and legal both approve, signed and filed',
    starter: 'sales',
    input,
    steps: [
      { type: 'NEGOTIATED', actor: 'sales', data: negotiated, expectState: 'drafting' },
      { type: 'SUBMIT_DRAFT', actor: 'sales', data: draft, expectState: review('pending', 'pending') },
      {
        type: 'FINANCE_APPROVE',
        actor: 'finance',
        data: { comment: '付款条件合理' },
        expectState: review('approved', 'pending'),
      },
      { type: 'LEGAL_APPROVE', actor: 'legal', data: {}, expectState: 'signing' },
      { type: 'SIGN', actor: 'leader', data: { signedOn: '2026-03-05', signatory: '张总' }, expectState: 'filing' },
      { type: 'FILE', actor: 'legal', data: { filingNo: 'HTBA-2026-0042' } },
    ],
    expectState: 'filed',
    expectStatus: 'done',
    expectContext: {
      amount: 2_880_000,
      draft,
      signing: { signedOn: '2026-03-05', signatory: '张总' },
      filingNo: 'HTBA-2026-0042',
      returnCount: 0,
      reviews: [
        { reviewer: 'finance', decision: 'approved', comment: '付款条件合理', by: 'finance' },
        { reviewer: 'legal', decision: 'approved', by: 'legal' },
      ],
    },
  },
  {
    name: 'legal sends it back with comments, renegotiated, both review the new draft',
    starter: 'staff',
    input,
    steps: [
      { type: 'NEGOTIATED', actor: 'staff', data: negotiated },
      { type: 'SUBMIT_DRAFT', actor: 'staff', data: draft },
      { type: 'FINANCE_APPROVE', actor: 'finance', data: {} },
      { type: 'LEGAL_RETURN', actor: 'legal', data: { comments: '违约责任条款不对等' }, expectState: 'negotiation' },
      { type: 'NEGOTIATED', actor: 'staff', data: { ...negotiated, keyTerms: '违约责任双方对等' } },
      {
        type: 'SUBMIT_DRAFT',
        actor: 'staff',
        data: { ...draft, draftRef: 'HT-2026-007-v2' },
        expectState: review('pending', 'pending'),
      },
      { type: 'LEGAL_APPROVE', actor: 'legal', data: {} },
      { type: 'FINANCE_APPROVE', actor: 'finance', data: {}, expectState: 'signing' },
      { type: 'SIGN', actor: 'leader', data: { signedOn: '2026-03-09', signatory: '张总' } },
      { type: 'FILE', actor: 'legal', data: { filingNo: 'HTBA-2026-0043' } },
    ],
    expectState: 'filed',
    expectStatus: 'done',
    expectContext: {
      returnCount: 1,
      returns: [{ reviewer: 'legal', comments: '违约责任条款不对等', by: 'legal' }],
      draft: { draftRef: 'HT-2026-007-v2' },
    },
  },
  {
    name: 'finance sends it back, negotiation then abandoned',
    starter: 'bizdev',
    input,
    steps: [
      { type: 'NEGOTIATED', actor: 'bizdev', data: negotiated },
      { type: 'SUBMIT_DRAFT', actor: 'bizdev', data: draft },
      { type: 'FINANCE_RETURN', actor: 'finance', data: { comments: '回款周期过长' }, expectState: 'negotiation' },
      { type: 'ABANDON', actor: 'bizdev', data: { reason: '对方不接受缩短回款周期' } },
    ],
    expectState: 'abandoned',
    expectStatus: 'done',
    expectContext: {
      returnCount: 1,
      returns: [{ reviewer: 'finance', comments: '回款周期过长', by: 'finance' }],
      abandonReason: '对方不接受缩短回款周期',
    },
  },
];
