// A deterministic large spec (chains of task states inside groups) for layout and canvas checks.
import type { StateSpec, WorkflowSpec } from '@liucheng/engine';

/**
 * `groups` compound states of `perGroup` task states each, chained by NEXT, every state able to
 * send BACK to the group's first state; ends in a final state. States = groups * (perGroup + 2) + 1 (group, its tasks, its final).
 */
export function syntheticSpec(groups: number, perGroup: number): WorkflowSpec {
  const states: Record<string, StateSpec> = {};
  for (let g = 0; g < groups; g += 1) {
    const children: Record<string, StateSpec> = {};
    for (let i = 0; i < perGroup; i += 1) {
      const last = i === perGroup - 1;
      children[`s${i}`] = {
        meta: {
          title: { zh: `环节 ${g}-${i}`, en: `Step ${g}-${i}` },
          task: {
            title: { zh: `处理 ${g}-${i}`, en: `Handle ${g}-${i}` },
            candidateRoles: ['staff'],
            outcomes: ['NEXT', 'BACK'],
            due: 'P2D',
          },
        },
        on: { NEXT: last ? 'done' : `s${i + 1}`, BACK: 's0' },
      };
    }
    children.done = { type: 'final', meta: { title: { zh: '完成', en: 'Done' } } };
    states[`g${g}`] = {
      initial: 's0',
      meta: { title: { zh: `阶段 ${g}`, en: `Phase ${g}` } },
      states: children,
      onDone: g === groups - 1 ? 'end' : `g${g + 1}`,
    };
  }
  states.end = { type: 'final', meta: { title: { zh: '结束', en: 'End' } } };
  return {
    id: 'synthetic',
    initial: 'g0',
    meta: {
      title: { zh: '压力测试', en: 'Stress test' },
      events: { NEXT: { title: { zh: '下一步', en: 'Next' } }, BACK: { title: { zh: '退回', en: 'Back' } } },
    },
    states,
  };
}
