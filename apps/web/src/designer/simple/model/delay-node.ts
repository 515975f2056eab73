// A 延时 node's wait as amount + unit: minutes, hours or days of clock time, or working hours or
// working days on the workflow's calendar (compiled to `meta.delays`, see the engine's flow tree).
import type { DelayNode, FlowTree, JsonSchema, LocalizedText } from '@liucheng/engine';
import { splitTitle } from '../../inspector/form-fields';
import { allNodes } from './tree-edits';

export type DelayUnit = 'M' | 'H' | 'D' | 'WH' | 'WD';

export const DELAY_UNITS: readonly DelayUnit[] = ['M', 'H', 'D', 'WH', 'WD'];

/** The node's wait as the panel shows it. */
export function delayOf(node: DelayNode): { amount: number; unit: DelayUnit } {
  const time = /^PT(\d+)([MH])$/.exec(node.duration);
  const day = /^P(\d+)D$/.exec(node.duration);
  const amount = Number(time?.[1] ?? day?.[1] ?? 1);
  const base = time ? (time[2] as 'M' | 'H') : day ? 'D' : 'H';
  if (!node.working) return { amount, unit: base };
  return { amount, unit: base === 'D' ? 'WD' : 'WH' };
}

/** A `meta.delays` name for the node, unused by the workflow's other delays and delay nodes. */
function workingName(tree: FlowTree, node: DelayNode): string {
  const taken = new Set([
    ...Object.keys((tree.meta?.delays as object | undefined) ?? {}),
    ...allNodes(tree.nodes).flatMap((n) =>
      n.kind === 'delay' && n.key !== node.key && n.working ? [n.working.name] : [],
    ),
  ]);
  let name = `${node.key}Wait`;
  for (let n = 2; taken.has(name); n++) name = `${node.key}Wait${n}`;
  return name;
}

/** The node waiting `amount` of `unit`; working units keep (or make) its delay name and start. */
export function setDelay(tree: FlowTree, node: DelayNode, amount: number, unit: DelayUnit): DelayNode {
  const whole = Math.max(1, Math.round(amount));
  const duration = unit === 'D' || unit === 'WD' ? `P${whole}D` : `PT${whole}${unit === 'WH' ? 'H' : unit}`;
  const { working, ...rest } = node;
  if (unit !== 'WH' && unit !== 'WD') return { ...rest, duration };
  return { ...rest, duration, working: working ?? { name: workingName(tree, node) } };
}

/** The node counting its working time from `from`: `entry` (the node's start) or `context.<field>`. */
export function setDelayFrom(node: DelayNode, from: string): DelayNode {
  if (!node.working) return node;
  const { from: _old, ...working } = node.working;
  return { ...node, working: from === 'entry' ? working : { ...working, from } };
}

/** The start form's dates a working wait can count from (the start form is the instance's data). */
export function startDateFields(form: JsonSchema | undefined): { from: string; title: LocalizedText }[] {
  const props = (form?.properties ?? {}) as Record<string, JsonSchema>;
  return Object.entries(props)
    .filter(([, p]) => p.format === 'date' || p.format === 'date-time')
    .map(([name, p]) => ({ from: `context.${name}`, title: splitTitle(p.title ?? name) }));
}
