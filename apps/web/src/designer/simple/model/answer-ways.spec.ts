import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { definitionToTree, standardRegistry, treeToDefinition, validateDefinition } from '@liucheng/engine';
import type { AnswerBranch, FlowTree, HandlerNode, WorkflowSpec } from '@liucheng/engine';
import { addAnswerBranch, GO_ON, removeAnswerBranch, setInfoLoop, withTarget } from './answer-ways';
import { copyNode, insertNode, updateNode, usedKeys } from './tree-edits';

const shipped = (key: string): WorkflowSpec =>
  JSON.parse(readFileSync(join(__dirname, '../../../../../../workflows', key, 'definition.json'), 'utf8'));
const leadReport = () => (definitionToTree(shipped('lead-report')) as { tree: FlowTree }).tree;
const handler = (tree: FlowTree, key: string) => tree.nodes.find((n) => n.key === key) as HandlerNode;
const readsBack = (tree: FlowTree) => {
  const spec = treeToDefinition(tree);
  expect(validateDefinition(spec, standardRegistry).errors).toEqual([]);
  expect(definitionToTree(spec)).toEqual({ ok: true, tree });
};

describe('a handler’s answer branches and 补充信息 as edits', () => {
  it('editing the lead report’s label keeps every branch, the loop and its events', () => {
    const tree = updateNode(leadReport(), 'verification', (n) => ({ ...n, title: { zh: '核实', en: 'Verify' } }));
    const node = handler(tree, 'verification');
    expect(node.submit.branches).toHaveLength(2);
    expect(node.askInfo?.key).toBe('supplementing');
    expect(Object.keys(tree.events ?? {})).toEqual(['VERIFY', 'REQUEST_INFO', 'SUPPLEMENT']);
    expect(usedKeys(tree).has('supplementing')).toBe(true);
    readsBack(tree);
  });

  it('a new case tests the form’s first answer and ends at the first other end; removing the last one leaves one plain way', () => {
    const tree = leadReport();
    const node = addAnswerBranch(tree, handler(tree, 'verification'));
    expect(node.submit.branches?.[2]).toEqual({
      when: [{ field: 'isTrue', op: 'eq', value: true }],
      to: 'rejectedFalse',
    });
    const plain = removeAnswerBranch(removeAnswerBranch(removeAnswerBranch(node, 0), 0), 0);
    expect(plain.submit.branches).toBeUndefined();
    readsBack(updateNode(tree, 'verification', () => plain));
  });

  it('when no way goes on any more (the one that did removed), the otherwise goes on', () => {
    const tree = leadReport();
    // 属实 went on; without it both other ways end, and the line after 核实 would be cut off
    const edited = updateNode(tree, 'verification', (n) => removeAnswerBranch(n as HandlerNode, 0));
    const submit = handler(edited, 'verification').submit;
    expect(submit.branches).toEqual([expect.objectContaining({ to: 'rejectedFalse' })]);
    expect(submit.to).toBeUndefined();
    expect(edited.end.key).toBe('credited');
    readsBack(edited);
  });

  it('a way set to go on loses its target; set to an end it gets one', () => {
    expect(withTarget<AnswerBranch>({ when: [], to: 'x' }, GO_ON)).toEqual({ when: [] });
    expect(withTarget<AnswerBranch>({ when: [] }, 'rejectedFalse')).toEqual({ when: [], to: 'rejectedFalse' });
  });

  it('turning 补充信息 on adds an answer task for the starter with a unique key and its two events', () => {
    const { tree: inserted, key } = insertNode(leadReport(), {}, 0, 'handler');
    const on = updateNode(inserted, key, (n) => setInfoLoop(inserted, n as HandlerNode, true));
    const loop = handler(on, key).askInfo;
    expect(loop).toMatchObject({ key: `${key}Info1`, task: { assignee: 'starter' }, ask: { event: 'REQUEST_INFO' } });
    readsBack(on);
    const off = updateNode(on, key, (n) => setInfoLoop(on, n as HandlerNode, false));
    expect(handler(off, key).askInfo).toBeUndefined();
    // the lead report's own loop still needs its events
    expect(off.events?.SUPPLEMENT).toBeDefined();
    readsBack(off);
  });

  it('a case on an answer removed from the form goes (it would not read back)', () => {
    const tree = leadReport();
    const { inTendering: _i, ...properties } = tree.events!.VERIFY.schema!.properties as Record<string, unknown>;
    const edited = updateNode(
      {
        ...tree,
        events: { ...tree.events, VERIFY: { ...tree.events!.VERIFY, schema: { type: 'object', properties } } },
      },
      'verification',
      (n) => n,
    );
    expect(handler(edited, 'verification').submit.branches).toEqual([
      expect.objectContaining({ when: [{ field: 'isTrue', op: 'eq', value: true }] }),
      expect.objectContaining({ when: [{ field: 'isTrue', op: 'eq', value: false }] }),
    ]);
    readsBack(edited);
  });

  it('a copied handler keeps its form, its cases and a 补充信息 task of its own', () => {
    const { tree, key } = copyNode(leadReport(), 'verification');
    const copy = handler(tree, key);
    expect(copy.askInfo?.key).not.toBe('supplementing');
    expect(tree.events?.[copy.submit.event]?.schema).toEqual(tree.events?.VERIFY.schema);
    expect(copy.submit.branches).toHaveLength(2);
    readsBack(tree);
  });
});
