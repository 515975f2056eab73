import { flowTemplate } from '@liucheng/engine';
import { branchId, END_ID, joinId, START_ID, treeGraph } from './tree-graph';

describe('treeGraph', () => {
  it('draws the expense template top-down with a header per branch and a join', () => {
    const graph = treeGraph(flowTemplate('expense', 'e'));
    expect(graph.edges.map((e) => `${e.source} > ${e.target} @${JSON.stringify(e.insert)}`)).toEqual([
      `${START_ID} > managerApproval @{"line":{},"index":0}`,
      `managerApproval > amountCheck @{"line":{},"index":1}`,
      `amountCheck > ${branchId('amountCheck', 0)} @undefined`,
      `${branchId('amountCheck', 0)} > financeApproval @{"line":{"node":"amountCheck","branch":0},"index":0}`,
      `financeApproval > ${joinId('amountCheck')} @{"line":{"node":"amountCheck","branch":0},"index":1}`,
      `amountCheck > ${branchId('amountCheck', -1)} @undefined`,
      `${branchId('amountCheck', -1)} > ${joinId('amountCheck')} @{"line":{"node":"amountCheck","branch":-1},"index":0}`,
      `${joinId('amountCheck')} > ccOffice @{"line":{},"index":2}`,
      `ccOffice > ${END_ID} @{"line":{},"index":3}`,
    ]);
  });

  it('draws a blank tree as start to end', () => {
    const graph = treeGraph(flowTemplate('blank', 'b'));
    expect(graph.nodes.map((n) => n.type)).toEqual(['start', 'end']);
    expect(graph.edges).toHaveLength(1);
  });
});
