import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { definitionToTree, treeToDefinition, validateDefinition } from '@liucheng/engine';
import { workflowRegistry } from '@liucheng/workflows';
import type { FlowTree, WatchNode, WorkflowSpec } from '@liucheng/engine';
import { copyNode, deleteNode, updateNode, usedKeys } from './tree-edits';
import { treeGraph } from './tree-graph';

const shipped = (key: string): WorkflowSpec =>
  JSON.parse(readFileSync(join(__dirname, '../../../../../../workflows', key, 'definition.json'), 'utf8'));
const expense = () => (definitionToTree(shipped('entertainment-expense')) as { tree: FlowTree }).tree;
const watchOf = (tree: FlowTree, key = 'settlement') => tree.nodes.find((n) => n.key === key) as WatchNode;
const readsBack = (tree: FlowTree) => expect(definitionToTree(treeToDefinition(tree))).toEqual({ ok: true, tree });

describe('限期督办 in simple-mode edits (the shipped entertainment expense)', () => {
  it('reads 核销 as the claim line watched by the settlement deadline, every key of it in use', () => {
    const watch = watchOf(expense());
    expect(watch.line.nodes.map((n) => n.key)).toEqual(['reimbursement', 'financeCheck']);
    expect(watch.watch).toMatchObject({ key: 'deadline', delay: 'settlementDeadline', doneKey: 'followedUp' });
    expect(watch.watch.followUp).toMatchObject({ key: 'overdue', task: { assignee: 'starter.manager' } });
    const keys = usedKeys(expense());
    for (const k of ['claim', 'deadline', 'running', 'overdue', 'followedUp', 'reimbursement'])
      expect(keys.has(k)).toBe(true);
  });

  it('renaming the follow-up task keeps the shipped definition otherwise as it was', () => {
    const tree = updateNode(expense(), 'settlement', (n) => {
      const w = n as WatchNode;
      const followUp = { ...w.watch.followUp, title: { zh: '逾期督促', en: 'Chase the claim' } };
      return { ...w, watch: { ...w.watch, followUp } };
    });
    const spec = treeToDefinition(tree);
    const original = shipped('entertainment-expense');
    expect(spec.states.settlement.states!.deadline.states!.overdue.meta!.title).toEqual({
      zh: '逾期督促',
      en: 'Chase the claim',
    });
    spec.states.settlement.states!.deadline.states!.overdue.meta!.title =
      original.states.settlement.states!.deadline.states!.overdue.meta!.title;
    expect(spec).toEqual(original);
  });

  it('keeps the last step of the watched line (it is how the group is left), deletes others', () => {
    const one = deleteNode(expense(), 'reimbursement');
    expect(watchOf(one).line.nodes.map((n) => n.key)).toEqual(['financeCheck']);
    readsBack(one);
    expect(deleteNode(one, 'financeCheck')).toBe(one);
  });

  it('a copy of the watch gets keys of its own and compiles to a definition the engine accepts', () => {
    const { tree, key } = copyNode(expense(), 'settlement');
    const copy = watchOf(tree, key);
    const original = watchOf(tree);
    expect(copy.line.key).not.toBe(original.line.key);
    expect(copy.watch.followUp.key).not.toBe(original.watch.followUp.key);
    expect(validateDefinition(treeToDefinition(tree), workflowRegistry).errors).toEqual([]);
    readsBack(tree);
  });

  it('draws the watched line under one header that meets again before the end', () => {
    const graph = treeGraph(expense());
    expect(graph.nodes.filter((n) => n.type === 'branch').map((n) => n.id)).toEqual(
      expect.arrayContaining(['simple:settlement:branch:0']),
    );
    expect(graph.edges.some((e) => e.source === 'simple:settlement:join' && e.target === 'simple:end')).toBe(true);
  });
});
