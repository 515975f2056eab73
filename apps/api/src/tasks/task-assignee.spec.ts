import type { WorkflowSpec } from '@liucheng/engine';
import { assigneeExpressionAt } from './task-assignee';

const spec = {
  id: 'x',
  meta: { title: { zh: 'x', en: 'x' } },
  states: {
    hr: { meta: { task: { title: { zh: 'a', en: 'a' }, assignee: 'starter.manager', outcomes: ['OK'] } } },
    review: {
      states: { finance: { states: { pending: { meta: { task: { assignee: 'context.reviewer', outcomes: [] } } } } } },
    },
  },
} as unknown as WorkflowSpec;

describe('assigneeExpressionAt', () => {
  it.each([
    ['hr', 'starter.manager'],
    ['review.finance.pending', 'context.reviewer'],
    ['review.finance', undefined],
    ['missing.path', undefined],
  ])('%s -> %s', (path, expected) => {
    expect(assigneeExpressionAt(spec, path)).toBe(expected);
  });
});
