import { specToGraph } from './spec-to-graph';
import { workflowDefinitions } from './workflow-specs.fixture';

const byKey = new Map(workflowDefinitions().map(([key, , spec]) => [key, spec]));
const graphOf = (key: string) => specToGraph(byKey.get(key)!);

describe('specToGraph', () => {
  it('nests compound states as groups with parentId, parents first', () => {
    const { nodes } = graphOf('entertainment-expense');
    const settlement = nodes.find((n) => n.id === 'settlement');
    const claim = nodes.find((n) => n.id === 'settlement.claim');
    const child = nodes.find((n) => n.id === 'settlement.claim.reimbursement');
    expect(settlement?.type).toBe('group');
    expect(claim?.type).toBe('group');
    expect(claim?.parentId).toBe('settlement');
    expect(child?.parentId).toBe('settlement.claim');
    expect(nodes.indexOf(settlement!)).toBeLessThan(nodes.indexOf(claim!));
    expect(nodes.indexOf(claim!)).toBeLessThan(nodes.indexOf(child!));
  });

  it.each([
    ['entertainment-expense', 'routing', { initial: true, final: false, task: false, parallel: false }],
    ['entertainment-expense', 'leaderApproval', { initial: false, final: false, task: true, parallel: false }],
    ['entertainment-expense', 'settled', { initial: false, final: true, task: false, parallel: false }],
    ['real-estate-filing', 'review', { initial: true, final: false, task: false, parallel: true }],
    ['real-estate-filing', 'review.finance.pending', { initial: true, final: false, task: true, parallel: false }],
    ['contract-review', 'review', { initial: false, final: false, task: true, parallel: false }],
  ])('%s %s has flags %j', (key, id, flags) => {
    const node = graphOf(key).nodes.find((n) => n.id === id);
    expect(node?.data).toMatchObject(flags);
  });

  it('marks the regions of a parallel state, none of them initial', () => {
    const regions = graphOf('real-estate-filing').nodes.filter((n) => n.parentId === 'review');
    expect(regions.map((n) => [n.id, n.data.region, n.data.initial])).toEqual(
      ['market', 'project', 'sales', 'finance', 'legal'].map((r) => [`review.${r}`, true, false]),
    );
  });

  it.each([
    ['real-estate-filing', 'review.finance.pending|on|FINANCE_REJECT|0|0', 'revision'],
    ['contract-review', 'review|on|RETURN|0|0', 'negotiation'],
    ['soe-expansion', 'projectGroup.investmentCheck|always||0|0', 'hq.investmentApproval'],
    ['soe-expansion', 'projectGroup.investmentCheck|always||1|0', 'projectGroup.implementation'],
    ['entertainment-expense', 'settlement.claim.financeCheck|on|SETTLE|0|0', 'settled'],
    ['entertainment-expense', 'financeCheck|on|RETURN|0|0', undefined],
    ['entertainment-expense', 'settlement.claim.financeCheck|on|RETURN|0|0', 'settlement.claim.reimbursement'],
    [
      'entertainment-expense',
      'settlement.deadline.running|after|settlementDeadline|0|0',
      'settlement.deadline.overdue',
    ],
  ])('%s edge %s targets %s', (key, id, target) => {
    expect(graphOf(key).edges.find((e) => e.id === id)?.target).toBe(target);
  });

  it('draws a targetless transition as a self loop flagged targetless', () => {
    const edge = graphOf('soe-expansion').edges.find((e) => e.data.event === 'REPORT_PROGRESS');
    expect(edge).toMatchObject({ source: 'projectGroup.implementation', target: 'projectGroup.implementation' });
    expect(edge?.data.targetless).toBe(true);
  });

  it('carries the after delay key and the transition', () => {
    const edge = graphOf('entertainment-expense').edges.find((e) => e.data.kind === 'after');
    expect(edge?.data.event).toBe('settlementDeadline');
    expect(edge?.data.transition.actions).toHaveLength(3);
  });

  it('keeps a target that does not resolve as a dangling edge back to its source', () => {
    const spec = structuredClone(byKey.get('entertainment-expense')!);
    spec.states.hosting.on = { HOSTED: 'nowhere' };
    const edge = specToGraph(spec).edges.find((e) => e.source === 'hosting');
    expect(edge).toMatchObject({ target: 'hosting', data: { dangling: true, form: 'string' } });
  });
});
