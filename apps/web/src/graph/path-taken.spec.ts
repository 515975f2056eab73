import { pathTaken, stepsEntered } from './path-taken';
import { specToGraph } from './spec-to-graph';
import { workflowDefinitions } from './workflow-specs.fixture';

const spec = new Map(workflowDefinitions().map(([key, , s]) => [key, s])).get('entertainment-expense')!;
const graph = specToGraph(spec);

/** A full run without alcohol: approved, hosted, claim returned once, settled. */
const settledRun = [
  { type: '@start', stateAfter: 'leaderApproval' },
  { type: 'APPROVE', stateAfter: 'hosting' },
  { type: 'HOSTED', stateAfter: { settlement: { claim: 'reimbursement', deadline: 'running' } } },
  { type: 'SUBMIT_CLAIM', stateAfter: { settlement: { claim: 'financeCheck', deadline: 'running' } } },
  { type: 'RETURN', stateAfter: { settlement: { claim: 'reimbursement', deadline: 'running' } } },
  { type: 'SUBMIT_CLAIM', stateAfter: { settlement: { claim: 'financeCheck', deadline: 'running' } } },
  { type: 'SETTLE', stateAfter: 'settled' },
];

describe('pathTaken', () => {
  it('lights every state the instance went through, and none it did not', () => {
    const { visited } = pathTaken(settledRun, graph);
    // 是否用酒 is passed through without a stop, like 确定核销时限 (routing): lit as the way taken.
    expect([...visited].sort()).toEqual([
      'alcoholCheck',
      'hosting',
      'leaderApproval',
      'routing',
      'settled',
      'settlement',
      'settlement.claim',
      'settlement.claim.financeCheck',
      'settlement.claim.reimbursement',
      'settlement.deadline',
      'settlement.deadline.running',
    ]);
  });

  it('lights the edges between consecutive states, by the event of the entry', () => {
    const { taken } = pathTaken(settledRun, graph);
    const edges = graph.edges.filter((e) => taken.has(e.id)).map((e) => `${e.source}>${e.target}`);
    expect(edges.sort()).toEqual([
      'alcoholCheck>hosting',
      'hosting>settlement',
      'leaderApproval>alcoholCheck',
      'routing>leaderApproval',
      'routing>leaderApproval',
      'settlement.claim.financeCheck>settled',
      'settlement.claim.financeCheck>settlement.claim.reimbursement',
      'settlement.claim.reimbursement>settlement.claim.financeCheck',
    ]);
    // Rejection and the alcohol branch were not taken.
    expect(
      graph.edges.some((e) => taken.has(e.id) && (e.target === 'rejected' || e.target === 'alcoholApplication')),
    ).toBe(false);
  });

  it('an instance still at its first step has only that step and its way in', () => {
    const { visited, taken } = pathTaken([{ type: '@start', stateAfter: 'leaderApproval' }], graph);
    expect([...visited].sort()).toEqual(['leaderApproval', 'routing']);
    expect([...taken].every((id) => id.startsWith('routing|'))).toBe(true);
  });
});

describe('stepsEntered', () => {
  it('lists each state as entered, again when returned to, the active one current', () => {
    const steps = stepsEntered(settledRun.slice(0, 5).map((s, i) => ({ ...s, at: `2026-06-0${i + 1}` })));
    expect(steps.map((s) => [s.path, s.current])).toEqual([
      ['leaderApproval', false],
      ['hosting', false],
      ['settlement.claim.reimbursement', false],
      // The deadline region runs beside the claim, entered once and still active.
      ['settlement.deadline.running', true],
      ['settlement.claim.financeCheck', false],
      ['settlement.claim.reimbursement', true],
    ]);
    expect(steps[1].at).toBe('2026-06-02');
  });
});
