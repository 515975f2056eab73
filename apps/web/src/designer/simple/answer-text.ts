// A handler's answer branches and 补充信息 in plain words, for its card and panel: never an event or field path.
import type { FlowNode, FlowTree, HandlerNode, NodeTask } from '@liucheng/engine';
import type { TFunction } from 'i18next';
import { pickLabel } from '../../i18n/localize';
import type { AppLanguage } from '../../i18n/language';
import { allNodes, findNode } from './model/tree-edits';
import { conditionText, followUpWho, KIND_LABEL } from './node-text';

type T = TFunction;

/** What follows `key` when it goes on: the next node, the end when it is last on the main line, else nothing known. */
function nextOf(tree: FlowTree, key: string): { step?: string; end?: string } {
  const found = findNode(tree, key);
  const after = found?.line[found.index + 1];
  if (after) return { step: after.key };
  return found?.line === tree.nodes ? { end: tree.end.key } : {};
}

/** Where a way goes, in words: on (to what follows), to an end, or back to an earlier step. */
export function wayText(t: T, tree: FlowTree, from: string, to: string | undefined, lang: AppLanguage): string {
  const endTitle = (key: string) =>
    pickLabel([tree.end, ...tree.ends].find((e) => e.key === key)?.title, lang, t('simple.kindEnd'));
  const stepTitle = (key: string) => {
    const node = allNodes(tree.nodes).find((n) => n.key === key);
    return pickLabel(node?.title, lang, t(KIND_LABEL[node?.kind ?? 'handler']));
  };
  if (to === undefined) {
    const next = nextOf(tree, from);
    if (next.step) return t('simple.wayOnStep', { step: stepTitle(next.step) });
    if (next.end) return t('simple.wayOnEnd', { end: endTitle(next.end) });
    return t('simple.wayOn');
  }
  if ([tree.end, ...tree.ends].some((e) => e.key === to)) return t('simple.wayEnd', { end: endTitle(to) });
  return t('simple.wayBack', { step: stepTitle(to) });
}

/** Who answers a 补充信息 task, in words. */
export function askWhoText(t: T, task: NodeTask): string {
  return followUpWho(t, task.assignee, task);
}

/** The lines a handler's card adds: each answer branch, the otherwise, and 补充信息. */
export function answerLines(t: T, tree: FlowTree, node: HandlerNode, lang: AppLanguage): string[] {
  const form = tree.events?.[node.submit.event]?.schema;
  const branches = node.submit.branches ?? [];
  const lines = branches.map((b) =>
    t('simple.answerIf', {
      when: b.when.map((c) => conditionText(t, c, form, lang)).join(t('simple.answerAnd')),
      way: wayText(t, tree, node.key, b.to, lang),
    }),
  );
  if (branches.length > 0)
    lines.push(t('simple.answerElse', { way: wayText(t, tree, node.key, node.submit.to, lang) }));
  if (node.askInfo) lines.push(t('simple.askInfoLine', { who: askWhoText(t, node.askInfo.task) }));
  return lines;
}

/** How many lines answerLines gives (the card grows by them). */
export function answerLineCount(node: FlowNode): number {
  if (node.kind !== 'handler') return 0;
  const branches = node.submit.branches?.length ?? 0;
  return branches + (branches > 0 ? 1 : 0) + (node.askInfo ? 1 : 0);
}
