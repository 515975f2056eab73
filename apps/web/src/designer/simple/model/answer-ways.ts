// Pure edits of a handler's answer branches (按处理结果分支) and its 补充信息 loop.
import type { AnswerBranch, FlowCondition, FlowTree, HandlerNode, JsonSchema, LocalizedText } from '@liucheng/engine';
import { freshKey, rejectEnd, usedKeys } from './tree-edits';

/** The select value of "go on to the next step" (no state key has a colon). */
export const GO_ON = ':next';

const t = (zh: string, en: string): LocalizedText => ({ zh, en });

/** The form the handler fills when it submits: its branches test these answers. */
export function answerForm(tree: FlowTree, node: HandlerNode): JsonSchema | undefined {
  return tree.events?.[node.submit.event]?.schema;
}

/** A first test on `field`: yes for a yes/no, above 0 for a number, filled in otherwise. */
export function firstTest(form: JsonSchema | undefined, field?: string): FlowCondition | undefined {
  const entries = Object.entries((form?.properties ?? {}) as Record<string, { type?: unknown }>);
  const [name, prop] = (field ? entries.find(([n]) => n === field) : entries[0]) ?? [];
  if (!name) return undefined;
  if (prop?.type === 'boolean') return { field: name, op: 'eq', value: true };
  if (prop?.type === 'number' || prop?.type === 'integer') return { field: name, op: 'gt', value: 0 };
  return { field: name, op: 'exists' };
}

/** A new branch before the otherwise: a test on the form's first answer, ending at the first other end. */
export function addAnswerBranch(tree: FlowTree, node: HandlerNode): HandlerNode {
  const test = firstTest(answerForm(tree, node));
  if (!test) return node;
  const branch: AnswerBranch = { when: [test], to: rejectEnd(tree) };
  return { ...node, submit: { ...node.submit, branches: [...(node.submit.branches ?? []), branch] } };
}

/** Drops branch `index`; with none left the submit is one plain way again, going on. */
export function removeAnswerBranch(node: HandlerNode, index: number): HandlerNode {
  const branches = (node.submit.branches ?? []).filter((_, i) => i !== index);
  const { branches: _b, to: _to, ...plain } = node.submit;
  return { ...node, submit: branches.length > 0 ? { ...node.submit, branches } : plain };
}

/** Where a way goes, from the select: on (GO_ON), or to an end or earlier step. */
export function withTarget<W extends { to?: string }>(way: W, value: string): W {
  const { to: _to, ...rest } = way;
  return (value === GO_ON ? rest : { ...rest, to: value }) as W;
}

/**
 * Turns 补充信息 on (the starter answers; question and answer kept in the case) or off. Its
 * events, `REQUEST_INFO` and `SUPPLEMENT`, get their titles and forms when the tree is tidied.
 */
export function setInfoLoop(tree: FlowTree, node: HandlerNode, on: boolean): HandlerNode {
  if (!on) {
    const { askInfo: _a, ...rest } = node;
    return rest;
  }
  if (node.askInfo) return node;
  const append = (to: string) => [{ type: 'append', params: { to, from: 'event.data', stamp: true } }];
  return {
    ...node,
    askInfo: {
      ask: { event: 'REQUEST_INFO', actions: append(`${node.key}Questions`) },
      key: freshKey(usedKeys(tree), `${node.key}Info`),
      title: t('补充信息', 'Adding information'),
      task: { title: t('按要求补充信息', 'Add the information asked for'), assignee: 'starter' },
      answer: { event: 'SUPPLEMENT', actions: append(`${node.key}Answers`) },
    },
  };
}
