import type { WorkflowSpec } from '@liucheng/engine';

/** The `meta.task.assignee` expression of the state at a dotted path (`review.finance.pending`), if any. */
export function assigneeExpressionAt(spec: WorkflowSpec, statePath: string): string | undefined {
  let states: Record<string, { states?: unknown; meta?: { task?: { assignee?: string } } }> | undefined =
    spec.states as Record<string, { states?: unknown; meta?: { task?: { assignee?: string } } }>;
  let node: { states?: unknown; meta?: { task?: { assignee?: string } } } | undefined;
  for (const part of statePath.split('.')) {
    node = states?.[part];
    if (!node) return undefined;
    states = node.states as typeof states;
  }
  return node?.meta?.task?.assignee;
}
