import { coversGraph } from './use-laid-out-graph';
import { specToGraph } from './spec-to-graph';
import { workflowDefinitions } from './workflow-specs.fixture';
import { addState, deleteState, setStateTitle, addTransition } from '../designer/editing/spec-edits';

const expense = workflowDefinitions().find(([key]) => key === 'entertainment-expense')![2];
const before = specToGraph(expense).nodes;

describe('when the layout re-runs', () => {
  it.each([
    ['a title edit', setStateTitle(expense, 'hosting', 'zh', '甲'), true],
    ['a new transition', addTransition(expense, 'hosting', 'rejected', 'CANCEL').spec, true],
    ['a deleted state', deleteState(expense, 'hosting'), true],
    ['a new state', addState(expense, '', 'archive').spec, false],
    ['a new child state', addState(expense, 'settlement', 'archive').spec, false],
  ])('after %s the old layout covers the graph: %s', (_what, spec, covered) => {
    expect(coversGraph(before, specToGraph(spec))).toBe(covered);
  });
});
