// Every state as a select option ("标题 · path"), for target pickers.
import type { WorkflowSpec } from '@liucheng/engine';
import { pick, type DiagramLanguage } from '../../graph/diagram-labels';
import { walkStates } from '../../graph/state-tree';

export function stateOptions(spec: WorkflowSpec, lang: DiagramLanguage): Array<{ value: string; label: string }> {
  return walkStates(spec).map((s) => ({
    value: s.path,
    label: `${'· '.repeat(s.keys.length - 1)}${pick(s.state.meta?.title, lang, s.keys.at(-1))} (${s.path})`,
  }));
}
