import type { Scenario } from '../testing/scenario.types';

const selfItems = [
  { name: '业绩 / Results', score: 38 },
  { name: '效率 / Efficiency', score: 27 },
  { name: '能力 / Ability', score: 26 },
];
const reviewItems = [
  { name: '业绩 / Results', score: 35 },
  { name: '效率 / Efficiency', score: 25 },
  { name: '能力 / Ability', score: 25.5 },
];

/** Every path of 月度考核. */
export const scenarios: Scenario[] = [
  {
    name: 'self-assessed, reviewed by the supervisor: score is the basis of performance pay',
    starter: 'staff',
    input: { month: '2026-02' },
    steps: [
      {
        type: 'SUBMIT_SELF_ASSESSMENT',
        actor: 'staff',
        data: { items: selfItems, comment: '完成本月回款目标' },
        expectState: 'supervisorReview',
      },
      { type: 'REVIEW', actor: 'leader', data: { items: reviewItems, comment: '客户拜访记录需加强' } },
    ],
    expectState: 'completed',
    expectStatus: 'done',
    expectContext: { month: '2026-02', selfScore: 91, score: 85.5, reviewComment: '客户拜访记录需加强' },
  },
  {
    name: 'sent back for a new self-assessment, then reviewed',
    starter: 'staff',
    input: { month: '2026-02' },
    steps: [
      { type: 'SUBMIT_SELF_ASSESSMENT', actor: 'staff', data: { items: selfItems, comment: '完成目标' } },
      { type: 'RETURN', actor: 'leader', data: { comment: '请按考核表逐项自评' }, expectState: 'selfAssessment' },
      { type: 'SUBMIT_SELF_ASSESSMENT', actor: 'staff', data: { items: reviewItems, comment: '已逐项自评' } },
      { type: 'REVIEW', actor: 'leader', data: { items: reviewItems } },
    ],
    expectState: 'completed',
    expectStatus: 'done',
    expectContext: { selfScore: 85.5, score: 85.5, returns: [{ comment: '请按考核表逐项自评', by: 'leader' }] },
  },
];
