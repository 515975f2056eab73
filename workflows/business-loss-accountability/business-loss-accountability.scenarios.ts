import type { Scenario } from '../testing/scenario.types';

const input = {
  unit: '株洲项目部',
  businessArea: '株洲本地网',
  client: '某运营商株洲分公司',
  lostBusiness: '2026年光缆维护派单',
  lostAmount: 360000,
  lostOn: '2026-03-01',
};
const analysis = { cause: 'delivery', analysis: '两次工期延误，客户改派他方', measures: '增派施工队，周报工期' };
const decision = { person: 'staff', unitPenalty: 2000, personPenalty: 500, reason: '交付不力造成业务流失' };

/** Every path of 业务流失问责. */
export const scenarios: Scenario[] = [
  {
    name: 'poor delivery: unit and person penalised',
    starter: 'bizdev',
    input,
    steps: [
      { type: 'SUBMIT_ANALYSIS', actor: 'project', data: analysis, expectState: 'responsibility' },
      { type: 'HOLD_ACCOUNTABLE', actor: 'hq', data: decision },
    ],
    expectState: 'penalized',
    expectStatus: 'done',
    expectContext: {
      analysis,
      penaltyTotal: 2500,
      penalties: [
        {
          against: 'unit',
          unit: '株洲项目部',
          person: 'staff',
          amount: 2000,
          reason: '交付不力造成业务流失',
          by: 'hq',
        },
        {
          against: 'person',
          unit: '株洲项目部',
          person: 'staff',
          amount: 500,
          reason: '交付不力造成业务流失',
          by: 'hq',
        },
      ],
    },
  },
  {
    name: 'analysis sent back, redone, then no fault found',
    starter: 'office',
    input,
    steps: [
      { type: 'SUBMIT_ANALYSIS', actor: 'project', data: { ...analysis, cause: 'other', analysis: '原因不明' } },
      { type: 'RETURN_ANALYSIS', actor: 'hq', data: { comment: '请核实客户改派原因' }, expectState: 'causeAnalysis' },
      {
        type: 'SUBMIT_ANALYSIS',
        actor: 'project',
        data: { ...analysis, cause: 'policy', analysis: '客户集团统一集采' },
      },
      { type: 'NO_FAULT', actor: 'hq', data: { reason: '集团政策调整，非单位原因' } },
    ],
    expectState: 'closedNoFault',
    expectStatus: 'done',
    expectContext: {
      analysis: { cause: 'policy' },
      analysisReturns: [{ comment: '请核实客户改派原因', by: 'hq' }],
      penalties: [],
      penaltyTotal: 0,
    },
  },
];
