import type { WorkflowSpec } from '../definition/definition.types';
import { makeSpec, task } from './spec-builder.fixture';

const notify = (to: string, en: string) => ({ type: 'notify', params: { to, message: { zh: `通知${en}`, en } } });

/**
 * An expense claim: a guard-based router (`always`), a reminder that re-enters the review
 * task every day, a deadline read from the context, a guarded outcome and notifications.
 */
export const expenseSpec: WorkflowSpec = makeSpec(
  {
    draft: {
      meta: task(['SUBMIT'], { assignee: 'starter', candidateRoles: undefined }),
      on: {
        SUBMIT: {
          target: 'routing',
          actions: [
            { type: 'assign', params: { to: 'amount', from: 'event.data.amount' } },
            { type: 'append', params: { to: 'log', value: { step: 'submitted' }, stamp: true } },
          ],
        },
      },
    },
    routing: {
      always: [
        { target: 'financeReview', guard: { type: 'gte', params: { field: 'context.amount', value: 10000 } } },
        { target: 'leaderReview' },
      ],
    },
    leaderReview: {
      meta: task(['APPROVE', 'REJECT'], { due: 'P3D' }),
      after: { P1D: { target: 'leaderReview', reenter: true, actions: [notify('role:leader', 'Reminder')] } },
      on: { APPROVE: 'approved', REJECT: 'rejected' },
    },
    financeReview: {
      meta: task(['APPROVE', 'REJECT'], { candidateRoles: ['finance'], due: 'context.window' }),
      after: { 'context.window': 'escalated' },
      on: {
        APPROVE: { target: 'approved', guard: { type: 'exists', params: { field: 'event.data.comment' } } },
        REJECT: 'rejected',
      },
    },
    escalated: { type: 'final' },
    approved: { type: 'final', entry: [notify('starter', 'Approved')] },
    rejected: { type: 'final' },
  },
  {
    id: 'expense',
    context: { amount: 0, log: [], window: 'PT6H' },
    meta: {
      title: { zh: '费用报销', en: 'Expense claim' },
      input: { type: 'object', properties: { window: { type: 'string' } } },
      events: {
        SUBMIT: {
          title: { zh: '提交', en: 'Submit' },
          schema: { type: 'object', properties: { amount: { type: 'number', minimum: 0 } }, required: ['amount'] },
        },
        APPROVE: {
          title: { zh: '批准', en: 'Approve' },
          schema: { type: 'object', properties: { comment: { type: 'string' } } },
        },
        REJECT: {
          title: { zh: '驳回', en: 'Reject' },
          schema: { type: 'object', properties: { reason: { type: 'string', minLength: 1 } }, required: ['reason'] },
        },
      },
    },
  },
);
