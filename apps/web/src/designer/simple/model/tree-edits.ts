// Pure edits of a simple-mode tree: insert, move, copy, delete and update nodes; each returns a new tree.
import {
  APPROVAL_EVENTS_META,
  type FlowCondition,
  type FlowNode,
  type FlowNodeKind,
  type FlowTree,
  type LocalizedText,
} from '@liucheng/engine';
import { INFO_EVENTS } from './info-loop-events';

/** A line of nodes: the main line, a condition branch (`otherwise` is index -1) or a parallel branch. */
export type LineRef = { node?: undefined } | { node: string; branch: number };

/** What the "+" menu inserts (everything but the ends, and 限期督办, which only shipped definitions have). */
export type InsertKind = Exclude<FlowNodeKind, 'watch'>;

export const INSERT_KINDS: readonly InsertKind[] = ['approver', 'handler', 'cc', 'condition', 'parallel', 'delay'];

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

function childLines(node: FlowNode): FlowNode[][] {
  if (node.kind === 'condition') return [...node.branches.map((b) => b.nodes), node.otherwise.nodes];
  if (node.kind === 'parallel') return node.branches.map((b) => b.nodes);
  if (node.kind === 'watch') return [node.line.nodes];
  return [];
}

/** Every node of the tree, depth first in document order. */
export function allNodes(nodes: FlowNode[]): FlowNode[] {
  return nodes.flatMap((n) => [n, ...childLines(n).flatMap(allNodes)]);
}

/** Every state key the tree uses (nodes, regions, region ends, ends). */
export function usedKeys(tree: FlowTree): Set<string> {
  const keys = new Set([tree.end.key, ...tree.ends.map((e) => e.key)]);
  for (const n of allNodes(tree.nodes)) {
    keys.add(n.key);
    if (n.kind === 'handler' && n.askInfo) keys.add(n.askInfo.key);
    if (n.kind === 'watch') {
      const w = n.watch;
      for (const k of [n.line.key, w.key, w.wait.key, w.followUp.key, w.doneKey]) keys.add(k);
    }
    if (n.kind === 'parallel') for (const b of n.branches) keys.add(b.key).add(b.doneKey);
  }
  return keys;
}

/** `<prefix><n>` not yet used, counting from 1. */
export function freshKey(used: Set<string>, prefix: string): string {
  for (let i = 1; ; i++) {
    const key = `${prefix}${i}`;
    if (!used.has(key)) {
      used.add(key);
      return key;
    }
  }
}

/** The array of a line inside `tree` (mutable: call it on a clone). */
export function lineOf(tree: FlowTree, ref: LineRef): FlowNode[] {
  if (ref.node === undefined) return tree.nodes;
  const owner = allNodes(tree.nodes).find((n) => n.key === ref.node);
  if (owner?.kind === 'condition') return ref.branch < 0 ? owner.otherwise.nodes : owner.branches[ref.branch].nodes;
  if (owner?.kind === 'parallel') return owner.branches[ref.branch].nodes;
  if (owner?.kind === 'watch') return owner.line.nodes;
  throw new Error(`No line ${JSON.stringify(ref)}`);
}

/** Where a node sits: its line and index. */
export function findNode(tree: FlowTree, key: string): { line: FlowNode[]; index: number } | undefined {
  const search = (line: FlowNode[]): { line: FlowNode[]; index: number } | undefined => {
    for (let i = 0; i < line.length; i++) {
      if (line[i].key === key) return { line, index: i };
      for (const inner of childLines(line[i])) {
        const found = search(inner);
        if (found) return found;
      }
    }
    return undefined;
  };
  return search(tree.nodes);
}

const submitEvent = (key: string) => `SUBMIT_${key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase()}`;

/** The end a rejection goes to by default: 已驳回 if there is one, else the end. */
export function rejectEnd(tree: FlowTree): string {
  return tree.ends[0]?.key ?? tree.end.key;
}

const t = (zh: string, en: string): LocalizedText => ({ zh, en });

/** A starting condition on the start form's first field (none when the form has no fields). */
function firstCondition(tree: FlowTree): FlowCondition[] {
  const properties = (tree.start.form?.properties ?? {}) as Record<string, { type?: unknown }>;
  const [field, prop] = Object.entries(properties)[0] ?? [];
  if (!field) return [];
  return prop?.type === 'number' || prop?.type === 'integer'
    ? [{ field, op: 'gt', value: 0 }]
    : [{ field, op: 'exists' }];
}

/** A new node of `kind` with plain defaults (labels in both languages). */
export function newNode(tree: FlowTree, kind: InsertKind, used: Set<string> = usedKeys(tree)): FlowNode {
  switch (kind) {
    case 'approver':
      return {
        kind,
        key: freshKey(used, 'approval'),
        title: t('审批人', 'Approver'),
        task: { title: t('审批', 'Approve') },
        approval: { approvers: [{ kind: 'manager' }], mode: 'any' },
        reject: { to: rejectEnd(tree) },
      };
    case 'handler': {
      const key = freshKey(used, 'handling');
      return {
        kind,
        key,
        title: t('办理人', 'Handler'),
        task: { title: t('办理', 'Handle'), assignee: 'starter' },
        submit: { event: submitEvent(key), actions: [{ type: 'assign', params: { to: key, from: 'event.data' } }] },
      };
    }
    case 'cc':
      return {
        kind,
        key: freshKey(used, 'copy'),
        title: t('抄送人', 'CC'),
        to: ['starter.manager'],
        message: t('有一份申请抄送给您', 'A request was copied to you'),
      };
    case 'condition':
      return {
        kind,
        key: freshKey(used, 'condition'),
        title: t('条件分支', 'Condition'),
        branches: [{ title: t('条件 1', 'Condition 1'), when: firstCondition(tree), nodes: [] }],
        otherwise: { title: t('其他情况', 'Otherwise'), nodes: [] },
      };
    case 'parallel': {
      const key = freshKey(used, 'parallel');
      const branch = (n: number) => {
        const branchKey = freshKey(used, `${key}Branch`);
        return { key: branchKey, title: t(`分支 ${n}`, `Branch ${n}`), nodes: [], doneKey: `${branchKey}Done` };
      };
      return { kind, key, title: t('并行分支', 'Parallel'), branches: [branch(1), branch(2)] };
    }
    case 'delay':
      return { kind, key: freshKey(used, 'delay'), title: t('延时', 'Delay'), duration: 'PT1H' };
  }
}

/** Events the tree's tasks need, with defaults for ones it lacks; others dropped. */
function withEvents(tree: FlowTree): FlowTree {
  const nodes = allNodes(tree.nodes);
  const needed = new Map<string, NonNullable<FlowTree['events']>[string]>();
  for (const n of nodes) {
    if (n.kind === 'approver')
      for (const e of [n.approval.approve ?? 'APPROVE', n.approval.reject ?? 'REJECT'])
        needed.set(e, tree.events?.[e] ?? APPROVAL_EVENTS_META[e] ?? { title: t('处理', 'Act') });
    if (n.kind === 'handler') {
      needed.set(
        n.submit.event,
        tree.events?.[n.submit.event] ?? { title: t('提交', 'Submit'), schema: { type: 'object' } },
      );
      for (const x of n.exits ?? []) needed.set(x.event, tree.events?.[x.event] ?? { title: t('结束', 'End') });
      if (n.askInfo) {
        needed.set(n.askInfo.ask.event, tree.events?.[n.askInfo.ask.event] ?? INFO_EVENTS.ask);
        needed.set(n.askInfo.answer.event, tree.events?.[n.askInfo.answer.event] ?? INFO_EVENTS.answer);
      }
    }
  }
  for (const n of nodes)
    if (n.kind === 'watch') {
      const e = n.watch.followUp.done.event;
      needed.set(e, tree.events?.[e] ?? { title: t('已督办', 'Followed up') });
    }
  const events = Object.fromEntries(needed);
  const { events: _old, ...rest } = tree;
  return Object.keys(events).length > 0 ? { ...rest, events } : rest;
}

/** Reject and exit targets that no longer exist go to the reject end. */
function withValidTargets(tree: FlowTree): FlowTree {
  const keys = usedKeys(tree);
  for (const n of allNodes(tree.nodes)) {
    if (n.kind === 'approver' && !keys.has(n.reject.to)) n.reject.to = rejectEnd(tree);
    if (n.kind !== 'handler') continue;
    const ways = [
      n.submit,
      ...(n.submit.branches ?? []),
      ...(n.exits ?? []).flatMap((x) => [x, ...(x.branches ?? [])]),
    ];
    for (const w of ways) if (w.to !== undefined && !keys.has(w.to)) w.to = rejectEnd(tree);
  }
  return tree;
}

/**
 * Answer branches keep only tests on answers the step's form still asks (a field removed), and a
 * branch left with none goes: a guard on a missing answer would not read back. With no branch
 * left, or none going on, the submit's otherwise goes on.
 */
function withKnownAnswers(tree: FlowTree): FlowTree {
  for (const n of allNodes(tree.nodes)) {
    if (n.kind !== 'handler' || (!n.submit.branches && n.submit.to === undefined)) continue;
    const asked = (tree.events?.[n.submit.event]?.schema?.properties ?? {}) as Record<string, unknown>;
    const branches = (n.submit.branches ?? [])
      .map((b) => ({ ...b, when: b.when.filter((c) => c.field in asked) }))
      .filter((b) => b.when.length > 0);
    if (branches.length > 0) {
      n.submit.branches = branches;
      // Some way must go on, else the steps after this one fall off the line: the otherwise does.
      if (branches.every((b) => b.to !== undefined)) delete n.submit.to;
    } else {
      // One plain way goes on: an otherwise to an end would end the line there instead.
      delete n.submit.branches;
      delete n.submit.to;
    }
  }
  return tree;
}

const tidy = (tree: FlowTree) => withEvents(withKnownAnswers(withValidTargets(tree)));

/** Inserts a new node of `kind` at `index` of a line; returns the tree and the new key. */
export function insertNode(tree: FlowTree, line: LineRef, index: number, kind: InsertKind) {
  const next = clone(tree);
  const node = newNode(next, kind);
  lineOf(next, line).splice(index, 0, node);
  return { tree: tidy(next), key: node.key };
}

/** Moves a node one place up (-1) or down (+1) within its line; unchanged at the line's edge. */
export function moveNode(tree: FlowTree, key: string, by: -1 | 1): FlowTree {
  const next = clone(tree);
  const found = findNode(next, key);
  if (!found) return tree;
  const to = found.index + by;
  if (to < 0 || to >= found.line.length) return tree;
  const [node] = found.line.splice(found.index, 1);
  found.line.splice(to, 0, node);
  return tidy(next);
}

/** Deletes a node (and whatever its branches hold). */
export function deleteNode(tree: FlowTree, key: string): FlowTree {
  const next = clone(tree);
  const found = findNode(next, key);
  if (!found) return tree;
  // A watched line (限期督办) goes on out of its group by its last step: it keeps one.
  const watch = allNodes(next.nodes).find((n) => n.kind === 'watch' && n.line.nodes === found.line);
  if (watch && found.line.length === 1) return tree;
  found.line.splice(found.index, 1);
  return tidy(next);
}

/** Renames every key inside a copied node so the copy's states are new. */
function rekey(node: FlowNode, used: Set<string>): FlowNode {
  const key = freshKey(used, `${node.key.replace(/\d+$/, '')}Copy`);
  if (node.kind === 'handler') node.submit = { ...node.submit, event: submitEvent(key) };
  if (node.kind === 'handler' && node.askInfo) node.askInfo = { ...node.askInfo, key: freshKey(used, `${key}Info`) };
  // A working-time wait owns its `meta.delays` entry: the copy gets its own.
  if (node.kind === 'delay' && node.working) node.working = { ...node.working, name: `${key}Wait` };
  if (node.kind === 'condition') {
    node.branches.forEach((b) => (b.nodes = b.nodes.map((n) => rekey(n, used))));
    node.otherwise.nodes = node.otherwise.nodes.map((n) => rekey(n, used));
  }
  if (node.kind === 'watch') {
    const line = freshKey(used, `${key}Line`);
    const w = node.watch;
    node.line = { ...node.line, key: line, nodes: node.line.nodes.map((n) => rekey(n, used)) };
    node.watch = {
      ...w,
      key: freshKey(used, `${key}Deadline`),
      wait: { ...w.wait, key: freshKey(used, `${key}Wait`) },
      followUp: { ...w.followUp, key: freshKey(used, `${key}FollowUp`) },
      doneKey: freshKey(used, `${key}Done`),
    };
  }
  if (node.kind === 'parallel')
    node.branches = node.branches.map((b) => {
      const branchKey = freshKey(used, `${b.key.replace(/\d+$/, '')}Copy`);
      return { ...b, key: branchKey, doneKey: `${branchKey}Done`, nodes: b.nodes.map((n) => rekey(n, used)) };
    });
  return { ...node, key };
}

/** Inserts a copy of a node right after it; returns the tree and the copy's key. */
export function copyNode(tree: FlowTree, key: string) {
  const next = clone(tree);
  const found = findNode(next, key);
  if (!found) return { tree, key };
  const original = found.line[found.index];
  const copy = rekey(clone(original), usedKeys(next));
  // A copied handler fills the same form (its answer branches test it) under its own submit event.
  if (original.kind === 'handler' && copy.kind === 'handler' && next.events?.[original.submit.event])
    next.events[copy.submit.event] = clone(next.events[original.submit.event]);
  found.line.splice(found.index + 1, 0, copy);
  return { tree: tidy(next), key: copy.key };
}

/** Replaces a node by `update(node)` (the same key). */
export function updateNode(tree: FlowTree, key: string, update: (node: FlowNode) => FlowNode): FlowTree {
  const next = clone(tree);
  const found = findNode(next, key);
  if (!found) return tree;
  found.line[found.index] = update(found.line[found.index]);
  return tidy(next);
}

/** Nodes a rejection of `key` may go back to: those before it on the way from the start. */
export function earlierNodes(tree: FlowTree, key: string): FlowNode[] {
  const order = allNodes(tree.nodes);
  const at = order.findIndex((n) => n.key === key);
  return order.slice(0, Math.max(at, 0)).filter((n) => n.kind === 'approver' || n.kind === 'handler');
}
