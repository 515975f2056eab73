import type { JsonObject } from '@liucheng/engine';
import type { Scenario, ScenarioStep } from '../testing/scenario.types';

const input = { year: 2026 };

/**
 * Self-assessment, summary, the review up the manager chain (依次: the department head `leader`
 * first, then the company leadership `hq`, whose `rating` is the result), next year's goals.
 */
export function reviewedSteps(rating: string, score: number, proposed = rating): ScenarioStep[] {
  return [
    {
      type: 'SUBMIT_SELF_ASSESSMENT',
      actor: 'staff',
      data: { selfScore: 88, comment: '全年完成销售目标' },
      expectState: 'annualSummary',
    },
    {
      type: 'SUBMIT_SUMMARY',
      actor: 'staff',
      data: { summary: '新开发客户12家，回款率95%' },
      expectState: 'supervisorReview',
    },
    {
      type: 'REVIEW',
      actor: 'leader',
      data: { rating: proposed, score, comment: '部门初审意见' },
      expectState: 'supervisorReview',
    },
    {
      type: 'REVIEW',
      actor: 'hq',
      data: { rating, score, comment: '公司领导审核意见' },
      expectState: 'nextYearGoals',
    },
    { type: 'SUBMIT_GOALS', actor: 'staff', data: { goals: ['新开发客户15家', '进入两个县区市场'] } },
  ];
}

function decided(
  name: string,
  rating: string,
  decision: string,
  data: JsonObject,
  expectState: string,
  outcome: string,
): Scenario {
  return {
    name,
    starter: 'staff',
    input,
    steps: [...reviewedSteps(rating, rating === 'excellent' ? 95 : 52), { type: decision, actor: 'hq', data }],
    expectState,
    expectStatus: 'done',
    expectContext: {
      year: 2026,
      rating,
      outcome,
      archived: true,
      nextYearGoals: ['新开发客户15家', '进入两个县区市场'],
    },
  };
}

/** Every path of 年度考核. */
export const scenarios: Scenario[] = [
  decided('excellent: cash reward, filed', 'excellent', 'REWARD', { amount: 5000 }, 'rewarded', 'reward'),
  decided(
    'excellent: promotion, filed',
    'excellent',
    'PROMOTE',
    { newPosition: '业务部副经理' },
    'promoted',
    'promotion',
  ),
  decided('poor: training, filed', 'poor', 'TRAIN', { plan: '一季度参加销售技能培训' }, 'trained', 'training'),
  decided(
    'poor: position change, filed',
    'poor',
    'CHANGE_POSITION',
    { newPosition: '客户资源管理专员' },
    'positionChanged',
    'positionChange',
  ),
  decided('poor: dismissal, filed', 'poor', 'DISMISS', { reason: '连续两年考核较差' }, 'dismissed', 'dismissal'),
  {
    name: 'good (the department head proposed fair; the company leadership rates good): filed',
    starter: 'staff',
    input,
    steps: reviewedSteps('good', 82, 'fair'),
    expectState: 'archived',
    expectStatus: 'done',
    expectContext: {
      rating: 'good',
      score: 82,
      reviewComment: '公司领导审核意见',
      outcome: 'archived',
      archived: true,
      $approvals: {
        states: {
          supervisorReview: {
            status: 'approved',
            slots: [
              { user: 'leader', status: 'approved', comment: '部门初审意见' },
              { user: 'hq', status: 'approved', comment: '公司领导审核意见' },
            ],
          },
        },
      },
    },
  },
  {
    name: 'the company leadership sends the summary back; both levels review again',
    starter: 'staff',
    input,
    steps: [
      { type: 'SUBMIT_SELF_ASSESSMENT', actor: 'staff', data: { selfScore: 80, comment: '完成目标' } },
      { type: 'SUBMIT_SUMMARY', actor: 'staff', data: { summary: '完成回款' } },
      { type: 'REVIEW', actor: 'leader', data: { rating: 'good', score: 80, comment: '同意' } },
      { type: 'RETURN', actor: 'hq', data: { comment: '请补充县区市场情况' }, expectState: 'annualSummary' },
      { type: 'SUBMIT_SUMMARY', actor: 'staff', data: { summary: '完成回款，开拓两个县区市场' } },
      { type: 'REVIEW', actor: 'leader', data: { rating: 'good', score: 84, comment: '同意' } },
      { type: 'REVIEW', actor: 'hq', data: { rating: 'good', score: 84, comment: '同意' } },
      { type: 'SUBMIT_GOALS', actor: 'staff', data: { goals: ['回款400万元'] } },
    ],
    expectState: 'archived',
    expectStatus: 'done',
    expectContext: {
      score: 84,
      returns: [{ comment: '请补充县区市场情况', by: 'hq' }],
      $approvals: { states: { supervisorReview: { round: 2, status: 'approved' } } },
    },
  },
  {
    name: 'summary sent back by the supervisor, rewritten, then reviewed',
    starter: 'staff',
    input,
    steps: [
      { type: 'SUBMIT_SELF_ASSESSMENT', actor: 'staff', data: { selfScore: 70, comment: '基本完成' } },
      { type: 'SUBMIT_SUMMARY', actor: 'staff', data: { summary: '略' } },
      { type: 'RETURN', actor: 'leader', data: { comment: '请写明主要业绩' }, expectState: 'annualSummary' },
      { type: 'SUBMIT_SUMMARY', actor: 'staff', data: { summary: '完成回款300万元', achievements: '开拓两个县区' } },
      { type: 'REVIEW', actor: 'leader', data: { rating: 'fair', score: 70, comment: '合格' } },
      { type: 'REVIEW', actor: 'hq', data: { rating: 'fair', score: 70, comment: '合格' } },
      { type: 'SUBMIT_GOALS', actor: 'staff', data: { goals: ['回款400万元'] } },
    ],
    expectState: 'archived',
    expectStatus: 'done',
    expectContext: {
      annualSummary: { summary: '完成回款300万元', achievements: '开拓两个县区' },
      returns: [{ comment: '请写明主要业绩', by: 'leader' }],
      archived: true,
    },
  },
];
