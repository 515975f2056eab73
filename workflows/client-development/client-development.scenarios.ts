import type { Scenario, ScenarioStep } from '../testing/scenario.types';

const input = { clientName: '某市工业园区管委会', industry: '政府园区', source: '市场调研' };
const research = { marketNeeds: '园区企业对专线和数据中心托管需求增长', competitors: '两家运营商下属公司已接触' };
const contact = { contactPerson: '李主任', contactInfo: '0731-0000000', visitNotes: '首次拜访,对方有意向' };
const needs = { needs: '园区光纤专网和机房托管', budget: 1_500_000 };
const proposal = { proposal: '园区光纤专网建设与三年运维方案', quotedAmount: 1_380_000 };
const upToNegotiation: ScenarioStep[] = [
  { type: 'SUBMIT_RESEARCH', actor: 'market', data: research, expectState: 'clientDevelopment' },
  { type: 'CONTACTED', actor: 'sales', data: contact, expectState: 'needsAnalysis' },
  { type: 'SUBMIT_NEEDS', actor: 'sales', data: needs, expectState: 'proposal' },
  { type: 'SUBMIT_PROPOSAL', actor: 'sales', data: proposal, expectState: 'negotiation' },
];
const sign: ScenarioStep[] = [
  {
    type: 'AGREED',
    actor: 'sales',
    data: { agreedAmount: 1_350_000, terms: '分三期付款' },
    expectState: 'contractSigning',
  },
  { type: 'SIGN', actor: 'leader', data: { contractNo: 'HT-2026-031', signedOn: '2026-03-20' } },
];

/** Every path of 客户开发流程, written once for the engine and the API. */
export const scenarios: Scenario[] = [
  {
    name: 'from market research to a signed contract',
    starter: 'sales',
    input,
    steps: [...upToNegotiation, ...sign],
    expectState: 'signed',
    expectStatus: 'done',
    expectContext: {
      research,
      contact,
      needs,
      proposal,
      agreement: { agreedAmount: 1_350_000, terms: '分三期付款' },
      contract: { contractNo: 'HT-2026-031', signedOn: '2026-03-20' },
      revisionCount: 0,
    },
  },
  {
    name: 'proposal revised once during negotiation, then signed',
    starter: 'market',
    input,
    steps: [
      ...upToNegotiation,
      {
        type: 'REVISE_PROPOSAL',
        actor: 'sales',
        data: { reason: '客户要求增加运维响应时限' },
        expectState: 'proposal',
      },
      { type: 'SUBMIT_PROPOSAL', actor: 'bizdev', data: { ...proposal, quotedAmount: 1_420_000 } },
      ...sign,
    ],
    expectState: 'signed',
    expectStatus: 'done',
    expectContext: {
      proposal: { quotedAmount: 1_420_000 },
      revisionCount: 1,
      proposalRevisions: [{ reason: '客户要求增加运维响应时限', by: 'sales' }],
    },
  },
  {
    name: 'client lost during needs analysis',
    starter: 'sales',
    input,
    steps: [upToNegotiation[0], upToNegotiation[1], { type: 'LOSE', actor: 'sales', data: { reason: '客户预算取消' } }],
    expectState: 'lost',
    expectStatus: 'done',
    expectContext: { lostAt: 'needsAnalysis', lostReason: '客户预算取消' },
  },
  {
    name: 'client lost in negotiation',
    starter: 'sales',
    input,
    steps: [...upToNegotiation, { type: 'LOSE', actor: 'sales', data: { reason: '竞争对手报价更低' } }],
    expectState: 'lost',
    expectStatus: 'done',
    expectContext: { lostAt: 'negotiation', lostReason: '竞争对手报价更低' },
  },
];
