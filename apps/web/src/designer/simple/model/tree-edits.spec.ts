import {
  definitionToTree,
  flowTemplate,
  standardRegistry,
  treeToDefinition,
  validateDefinition,
} from '@liucheng/engine';
import type { FlowTree } from '@liucheng/engine';
import {
  copyNode,
  deleteNode,
  earlierNodes,
  INSERT_KINDS,
  insertNode,
  lineOf,
  moveNode,
  updateNode,
} from './tree-edits';

const keys = (tree: FlowTree) => tree.nodes.map((n) => n.key);
const valid = (tree: FlowTree) => validateDefinition(treeToDefinition(tree), standardRegistry).errors;
const roundTrips = (tree: FlowTree) => expect(definitionToTree(treeToDefinition(tree))).toEqual({ ok: true, tree });

describe('simple-mode tree edits', () => {
  const base = () => flowTemplate('expense', 'exp');

  it.each(INSERT_KINDS)('inserting a %s keeps a valid definition that reads back the same', (kind) => {
    for (const index of [0, 1, 3]) {
      const { tree, key } = insertNode(base(), {}, index, kind);
      expect(keys(tree)[index]).toBe(key);
      expect(valid(tree)).toEqual([]);
      roundTrips(tree);
    }
  });

  it('inserts into a condition branch, its default and a parallel branch', () => {
    let tree = base();
    tree = insertNode(tree, { node: 'amountCheck', branch: 0 }, 1, 'cc').tree;
    tree = insertNode(tree, { node: 'amountCheck', branch: -1 }, 0, 'handler').tree;
    const parallel = insertNode(tree, {}, 0, 'parallel');
    tree = insertNode(parallel.tree, { node: parallel.key, branch: 1 }, 0, 'approver').tree;
    expect(lineOf(tree, { node: 'amountCheck', branch: 0 }).map((n) => n.kind)).toEqual(['approver', 'cc']);
    expect(lineOf(tree, { node: 'amountCheck', branch: -1 }).map((n) => n.kind)).toEqual(['handler']);
    expect(valid(tree)).toEqual([]);
    roundTrips(tree);
  });

  it('moves up and down within the line, not past its edges', () => {
    const tree = base();
    expect(keys(moveNode(tree, 'ccOffice', -1))).toEqual(['managerApproval', 'ccOffice', 'amountCheck']);
    expect(keys(moveNode(tree, 'managerApproval', -1))).toEqual(keys(tree));
    expect(keys(moveNode(tree, 'ccOffice', 1))).toEqual(keys(tree));
  });

  it('copies a condition with new keys for everything inside', () => {
    const { tree, key } = copyNode(base(), 'amountCheck');
    expect(keys(tree)).toEqual(['managerApproval', 'amountCheck', key, 'ccOffice']);
    const copy = tree.nodes[2];
    expect(copy.kind === 'condition' && copy.branches[0].nodes[0].key).not.toBe('financeApproval');
    expect(valid(tree)).toEqual([]);
    roundTrips(tree);
  });

  it('copies a working-time wait with a delay of its own (工作日延时)', () => {
    const inserted = insertNode(base(), {}, 1, 'delay');
    const waiting = updateNode(inserted.tree, inserted.key, (n) =>
      n.kind === 'delay' ? { ...n, duration: 'P3D', working: { name: 'delayWait', from: 'context.date' } } : n,
    );
    const { tree, key } = copyNode(waiting, inserted.key);
    const copy = tree.nodes.find((n) => n.key === key);
    expect(copy).toMatchObject({ kind: 'delay', working: { name: `${key}Wait`, from: 'context.date' } });
    expect(Object.keys(treeToDefinition(tree).meta.delays ?? {})).toEqual(['delayWait', `${key}Wait`]);
    roundTrips(tree);
  });

  it('deleting the step a rejection went back to sends it to 已驳回 instead', () => {
    let tree = updateNode(base(), 'financeApproval', (n) =>
      n.kind === 'approver' ? { ...n, reject: { to: 'managerApproval' } } : n,
    );
    expect(earlierNodes(tree, 'financeApproval').map((n) => n.key)).toEqual(['managerApproval']);
    tree = deleteNode(tree, 'managerApproval');
    const finance = lineOf(tree, { node: 'amountCheck', branch: 0 })[0];
    expect(finance.kind === 'approver' && finance.reject.to).toBe('rejected');
    expect(valid(tree)).toEqual([]);
  });

  it('drops the events of deleted handlers and adds the approval outcomes when needed', () => {
    const blank = flowTemplate('blank', 'b');
    const handler = insertNode(blank, {}, 0, 'handler');
    const event = handler.tree.nodes[0].kind === 'handler' ? handler.tree.nodes[0].submit.event : '';
    expect(Object.keys(handler.tree.events ?? {})).toEqual([event]);
    const approver = insertNode(handler.tree, {}, 1, 'approver').tree;
    expect(Object.keys(approver.events ?? {}).sort()).toEqual(['APPROVE', 'REJECT', event].sort());
    expect(deleteNode(approver, handler.key).events).not.toHaveProperty(event);
  });
});
