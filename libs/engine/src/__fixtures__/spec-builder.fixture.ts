import type { StateSpec, WorkflowSpec } from '../definition/definition.types';

const title = (en: string) => ({ zh: `中文${en}`, en });

/** A task block for tests: candidate role `leader`, the given outcomes. */
export function task(outcomes: string[], extra: Record<string, unknown> = {}) {
  return { task: { title: title('Task'), candidateRoles: ['leader'], outcomes, ...extra } };
}

/**
 * A minimal valid-looking spec around the given states (first key is initial unless given).
 * Fresh object every call, so tests may mutate it.
 */
export function makeSpec(states: Record<string, StateSpec>, extra: Partial<WorkflowSpec> = {}): WorkflowSpec {
  return JSON.parse(
    JSON.stringify({
      id: 'wf',
      initial: Object.keys(states)[0],
      ...extra,
      meta: { title: title('Workflow'), ...(extra.meta ?? {}) },
      states,
    }),
  );
}
