import { hiddenFields } from './task-field-access';

const spec = {
  states: {
    manager: { meta: { task: { fieldAccess: { amount: 'edit', note: 'hidden', reason: 'read' } } } },
    checks: {
      type: 'parallel',
      states: { legal: { states: { review: { meta: { task: { fieldAccess: { a: 'hidden' } } } } } } },
    },
    plain: { meta: { task: { title: { zh: '审批', en: 'Approve' } } } },
  },
};

describe('the fields a task hides', () => {
  it.each([
    ['manager', ['note']],
    ['checks.legal.review', ['a']],
    ['plain', []],
    ['gone', []],
  ])('%s hides %j', (path, hidden) => {
    expect(hiddenFields(spec, path)).toEqual(hidden);
  });

  it('is nothing without a spec', () => {
    expect(hiddenFields(undefined, 'manager')).toEqual([]);
  });
});
