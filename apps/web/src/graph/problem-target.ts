// Maps a validation problem's dotted spec path to the node or edge it concerns.
import type { WorkflowSpec } from '@liucheng/engine';
import { edgeId } from './spec-to-graph';
import { stateAt } from './state-tree';

/** What a problem points at: a state node, a transition edge, or the definition as a whole. */
export interface ProblemTarget {
  nodeId?: string;
  edgeId?: string;
}

/**
 * `states.a.states.b.on.X.0.guard` -> edge `a.b|on|X|0|0`; `states.a.meta.task` -> node `a`;
 * `meta.input` -> `{}`. `after` keys may contain dots (`context.window`), so they are matched
 * against the state's own keys.
 */
export function problemTarget(path: string, spec: WorkflowSpec): ProblemTarget {
  const parts = path.split('.');
  const keys: string[] = [];
  let i = 0;
  while (parts[i] === 'states' && i + 1 < parts.length) {
    const candidate = [...keys, parts[i + 1]].join('.');
    if (!stateAt(spec, candidate)) break;
    keys.push(parts[i + 1]);
    i += 2;
  }
  if (keys.length === 0) return {};
  const nodeId = keys.join('.');
  const state = stateAt(spec, nodeId) ?? {};
  const kind = parts[i];
  const rest = parts.slice(i + 1);
  if (kind === 'on' || kind === 'after') {
    const record = (state as Record<string, Record<string, unknown> | undefined>)[kind] ?? {};
    const event = Object.keys(record)
      .sort((a, b) => b.length - a.length)
      .find((key) => rest.slice(0, key.split('.').length).join('.') === key);
    if (event === undefined) return { nodeId };
    return withIndex(nodeId, kind, event, rest.slice(event.split('.').length), record[event]);
  }
  if (kind === 'always' || kind === 'onDone') {
    return withIndex(nodeId, kind, undefined, rest, (state as Record<string, unknown>)[kind]);
  }
  return { nodeId };
}

function withIndex(
  nodeId: string,
  kind: 'on' | 'after' | 'always' | 'onDone',
  event: string | undefined,
  rest: string[],
  entry: unknown,
): ProblemTarget {
  if (rest.length > 0 && /^\d+$/.test(rest[0])) return { edgeId: edgeId(nodeId, kind, event, Number(rest[0])) };
  if (!Array.isArray(entry) || entry.length === 1) return { edgeId: edgeId(nodeId, kind, event, 0) };
  return { nodeId };
}
