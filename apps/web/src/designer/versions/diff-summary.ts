// The text summary of a spec diff, one line per change, in Chinese and English.
import type { SpecDiff, StateDiffEntry, TransitionDiffEntry } from './spec-diff.types';

const STATE_VERB = {
  added: { zh: '新增环节', en: 'Added state' },
  removed: { zh: '删除环节', en: 'Removed state' },
  changed: { zh: '修改环节', en: 'Changed state' },
} as const;

const TRANSITION_VERB = {
  added: { zh: '新增流转', en: 'Added transition' },
  removed: { zh: '删除流转', en: 'Removed transition' },
  changed: { zh: '修改流转', en: 'Changed transition' },
} as const;

const KINDS = ['added', 'removed', 'changed'] as const;

/**
 * One line per added/removed/changed state and transition, then the changed top-level fields.
 * @example summariseDiff(diff).en // ['Added state directorApproval (Director approval)', …]
 */
export function summariseDiff(diff: Omit<SpecDiff, 'summary'>): SpecDiff['summary'] {
  const zh: string[] = [];
  const en: string[] = [];
  for (const kind of KINDS) {
    for (const state of diff.states[kind]) {
      zh.push(`${STATE_VERB[kind].zh} ${stateLabel(state, 'zh')}${fieldsNote(state.fields, 'zh')}`);
      en.push(`${STATE_VERB[kind].en} ${stateLabel(state, 'en')}${fieldsNote(state.fields, 'en')}`);
    }
  }
  for (const kind of KINDS) {
    for (const transition of diff.transitions[kind]) {
      zh.push(`${TRANSITION_VERB[kind].zh} ${transitionLabel(transition)}`);
      en.push(`${TRANSITION_VERB[kind].en} ${transitionLabel(transition)}`);
    }
  }
  if (diff.rootFields.length > 0) {
    zh.push(`修改流程属性：${diff.rootFields.join('、')}`);
    en.push(`Changed process fields: ${diff.rootFields.join(', ')}`);
  }
  if (zh.length === 0) {
    zh.push('两个版本没有差异');
    en.push('The two versions do not differ');
  }
  return { zh, en };
}

function stateLabel(state: StateDiffEntry, language: 'zh' | 'en'): string {
  const title = state.title?.[language];
  if (!title) return state.path;
  return language === 'zh' ? `${state.path}（${title}）` : `${state.path} (${title})`;
}

function fieldsNote(fields: string[], language: 'zh' | 'en'): string {
  if (fields.length === 0) return '';
  return language === 'zh' ? `：${fields.join('、')}` : `: ${fields.join(', ')}`;
}

/** `leaderApproval —APPROVE[1]→ hosting`; the root is `(root)`, `always`/`onDone` name themselves. */
function transitionLabel(t: TransitionDiffEntry): string {
  const source = t.source || '(root)';
  const trigger = t.kind === 'on' ? t.event : t.kind === 'after' ? `after ${t.event}` : t.kind;
  const targets = t.targets.length > 0 ? t.targets.join(', ') : '∅';
  return `${source} —${trigger}[${t.index}]→ ${targets}`;
}
