import { approvalSpec } from '../__fixtures__/approval.fixture';
import { standardRegistry } from '../registry/standard-registry';
import type { WorkflowSpec } from './definition.types';
import { validateDefinition } from './validate-definition';

const problems = (spec: WorkflowSpec) => {
  const result = validateDefinition(spec, standardRegistry);
  return [...result.errors, ...result.warnings].map((p) => `${p.code} ${p.path}`);
};

describe('validateDefinition: approvals', () => {
  it('accepts a definition whose withdraw target is reachable only by withdrawing', () => {
    expect(problems(approvalSpec({ mode: 'all' }))).toEqual([]);
  });

  it('names each bad approval setting by path', () => {
    const spec = approvalSpec({ mode: 'most' as never, approve: 'OK', sendBackTo: ['nowhere', 'review'] });
    spec.context = { $approvals: {} };
    spec.meta.withdraw = { target: 'gone' };
    expect(problems(spec)).toEqual(
      expect.arrayContaining([
        'invalid-approval states.review.meta.task.approval.mode',
        'approval-outcome states.review.meta.task.approval.approve',
        'unknown-send-back-target states.review.meta.task.approval.sendBackTo.0',
        'unknown-send-back-target states.review.meta.task.approval.sendBackTo.1',
        'invalid-withdraw meta.withdraw.target',
        'reserved-context-key context.$approvals',
      ]),
    );
  });

  it('still finds a dead end in a definition that can be withdrawn (the withdraw is no way forward)', () => {
    const spec = approvalSpec({ mode: 'all' });
    spec.states.stuck = { meta: { title: { zh: '卡住', en: 'Stuck' } } };
    (spec.states.legal.on as Record<string, unknown>).APPROVE = 'stuck';
    expect(problems(spec)).toContain('dead-end states.stuck');
  });

  it('needs a threshold for 票签 and valid approver sources', () => {
    const spec = approvalSpec({ mode: 'vote', approvers: [{ kind: 'manager', level: 0 } as never] });
    expect(problems(spec)).toEqual(
      expect.arrayContaining([
        'invalid-approval states.review.meta.task.approval.threshold',
        expect.stringMatching(/^invalid-approval states\.review\.meta\.task\.approval\.approvers/),
      ]),
    );
  });
});
