import type { Scenario } from '../testing/scenario.types';

/** 考核表: 工作业绩 0–50, 工作效率 0–25, 工作能力 0–25 (百分制). */
const selfScores = { results: 45, efficiency: 23, ability: 22 };
const reviewScores = { results: 40, efficiency: 21, ability: 24.5 };

/** Every path of 月度考核. */
export const scenarios: Scenario[] = [
  {
    name: 'self-assessed, reviewed by the supervisor: the reviewed total is the basis of performance pay',
    starter: 'staff',
    input: { month: '2026-02' },
    steps: [
      {
        type: 'SUBMIT_SELF_ASSESSMENT',
        actor: 'staff',
        data: { scores: selfScores, comment: '完成本月回款目标' },
        expectState: 'supervisorReview',
      },
      { type: 'REVIEW', actor: 'leader', data: { scores: reviewScores, comment: '客户拜访记录需加强' } },
    ],
    expectState: 'completed',
    expectStatus: 'done',
    expectContext: {
      month: '2026-02',
      selfScores,
      selfTotal: 90,
      reviewScores,
      reviewTotal: 85.5,
      reviewComment: '客户拜访记录需加强',
    },
  },
  {
    name: 'full marks on every item: 50 + 25 + 25 = 100',
    starter: 'staff',
    input: { month: '2026-03' },
    steps: [
      {
        type: 'SUBMIT_SELF_ASSESSMENT',
        actor: 'staff',
        data: { scores: { results: 50, efficiency: 25, ability: 25 }, comment: '超额完成' },
      },
      { type: 'REVIEW', actor: 'leader', data: { scores: { results: 50, efficiency: 25, ability: 25 } } },
    ],
    expectState: 'completed',
    expectStatus: 'done',
    expectContext: { selfTotal: 100, reviewTotal: 100 },
  },
  {
    name: 'sent back for a new self-assessment, then reviewed',
    starter: 'staff',
    input: { month: '2026-02' },
    steps: [
      { type: 'SUBMIT_SELF_ASSESSMENT', actor: 'staff', data: { scores: selfScores, comment: '完成目标' } },
      { type: 'RETURN', actor: 'leader', data: { comment: '请按考核表逐项自评' }, expectState: 'selfAssessment' },
      { type: 'SUBMIT_SELF_ASSESSMENT', actor: 'staff', data: { scores: reviewScores, comment: '已逐项自评' } },
      { type: 'REVIEW', actor: 'leader', data: { scores: reviewScores } },
    ],
    expectState: 'completed',
    expectStatus: 'done',
    expectContext: {
      selfTotal: 85.5,
      reviewTotal: 85.5,
      returns: [{ comment: '请按考核表逐项自评', by: 'leader' }],
    },
  },
];
