import { problemTarget } from './problem-target';
import { workflowDefinitions } from './workflow-specs.fixture';

const specs = new Map(workflowDefinitions().map(([key, , spec]) => [key, spec]));

describe('problemTarget', () => {
  it.each([
    ['entertainment-expense', 'meta.input', {}],
    ['entertainment-expense', 'states.hosting.meta.task.outcomes', { nodeId: 'hosting' }],
    ['entertainment-expense', 'states.hosting', { nodeId: 'hosting' }],
    // An event with several transitions (核实's answers): one of them is an edge, the event as a whole its node.
    ['lead-report', 'states.verification.on.VERIFY.1.target', { edgeId: 'verification|on|VERIFY|1|0' }],
    ['lead-report', 'states.verification.on.VERIFY', { nodeId: 'verification' }],
    ['entertainment-expense', 'states.leaderApproval.on.APPROVE', { edgeId: 'leaderApproval|on|APPROVE|0|0' }],
    ['entertainment-expense', 'states.hosting.on.HOSTED.actions.0', { edgeId: 'hosting|on|HOSTED|0|0' }],
    [
      'entertainment-expense',
      'states.settlement.states.deadline.states.running.after.settlementDeadline.actions.1',
      { edgeId: 'settlement.deadline.running|after|settlementDeadline|0|0' },
    ],
    ['entertainment-expense', 'states.routing.always.0.guard', { edgeId: 'routing|always||0|0' }],
    [
      'entertainment-expense',
      'states.settlement.states.claim.states.financeCheck.on.SETTLE.target',
      { edgeId: 'settlement.claim.financeCheck|on|SETTLE|0|0' },
    ],
    [
      'real-estate-filing',
      'states.review.states.finance.states.pending.on.FINANCE_REJECT.target',
      { edgeId: 'review.finance.pending|on|FINANCE_REJECT|0|0' },
    ],
    ['real-estate-filing', 'states.review.states.nowhere.type', { nodeId: 'review' }],
    ['contract-review', 'states.review.meta.task.approval.approvers.0.role', { nodeId: 'review' }],
  ])('%s %s -> %j', (key, path, target) => {
    expect(problemTarget(path, specs.get(key)!)).toEqual(target);
  });
});
