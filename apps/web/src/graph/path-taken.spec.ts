import { pathTaken, stepsEntered } from './path-taken';
import { specToGraph } from './spec-to-graph';
import { workflowDefinitions } from './workflow-specs.fixture';

const spec = new Map(workflowDefinitions().map(([key, , s]) => [key, s])).get('entertainment-expense')!;
const graph = specToGraph(spec);

/** A full run without alcohol: approved, hosted, claim returned once, settled. */
const settledRun = [
  { type: '@start', stateAfter: 'leaderApproval' },
  { type: 'APPROVE', stateAfter: 'hosting' },
  { type: 'HOSTED', stateAfter: { settlement: 'reimbursement' } },
  { type: 'SUBMIT_CLAIM', stateAfter: { settlement: 'financeCheck' } },
  { type: 'RETURN', stateAfter: { settlement: 'reimbursement' } },
  { type: 'SUBMIT_CLAIM', stateAfter: { settlement: 'financeCheck' } },
  { type: 'SETTLE', stateAfter: 'settled' },
];

describe('pathTaken', () => {
  it('lights every state the instance went through, and none it did not', () => {
    const { visited } = pathTaken(settledRun, graph);
    expect([...visited].sort()).toEqual([
      'hosting',
      'leaderApproval',
      'routing',
      'settled',
      'settlement',
      'settlement.done',
      'settlement.financeCheck',
      'settlement.reimbursement',
    ]);
  });

  it('lights the edges between consecutive states, by the event of the entry', () => {
    const { taken } = pathTaken(settledRun, graph);
    const edges = graph.edges.filter((e) => taken.has(e.id)).map((e) => `${e.source}>${e.target}`);
    expect(edges.sort()).toEqual([
      'hosting>settlement',
      'leaderApproval>hosting',
      'routing>leaderApproval',
      'routing>leaderApproval',
      'settlement.financeCheck>settlement.done',
      'settlement.financeCheck>settlement.reimbursement',
      'settlement.reimbursement>settlement.financeCheck',
      'settlement>settled',
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
      ['settlement.reimbursement', false],
      ['settlement.financeCheck', false],
      ['settlement.reimbursement', true],
    ]);
    expect(steps[1].at).toBe('2026-06-02');
  });
});
