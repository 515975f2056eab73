import { setup, type AnyStateMachine } from 'xstate';
import type { WorkflowSpec } from '../definition/definition.types';
import { validateDefinition } from '../definition/validate-definition';
import { createRegistry } from '../registry/create-registry';
import type { Registry } from '../registry/registry.types';
import { DefinitionInvalidError } from '../runtime/engine.errors';
import { deepFreeze, jsonClone } from '../support/json-value';
import { buildMachineConfig } from './build-config';
import type { CompiledWorkflow } from './compiled-workflow.types';
import { buildActions, buildDelays, buildGuards } from './implementations';

/** Maps each delayed event type (`xstate.after.P3D.<machine>.<path>`) to its state path. */
function timerStates(machine: AnyStateMachine): Record<string, string> {
  const out: Record<string, string> = {};
  const visit = (node: AnyStateMachine['root']) => {
    for (const t of node.after) out[t.eventType] = node.path.join('.');
    for (const child of Object.values(node.states)) visit(child);
  };
  visit(machine.root);
  return out;
}

/**
 * Validates a definition, then builds its machine with XState's `setup({guards, actions, delays})`.
 * Throws {@link DefinitionInvalidError} listing every problem.
 *
 * @example const compiled = compile(spec, standardRegistry);
 */
export function compile(spec: WorkflowSpec, registry: Registry): CompiledWorkflow {
  const validation = validateDefinition(spec, registry);
  if (!validation.ok) throw new DefinitionInvalidError(validation.errors);
  // Snapshot the registry so later changes to it cannot change this compiled version.
  registry = createRegistry(registry);
  const frozenSpec = deepFreeze(jsonClone(spec));
  const { config, tasks, approvals, moveTargets } = buildMachineConfig(frozenSpec);
  let timers: Record<string, string>;
  let machine: AnyStateMachine;
  try {
    machine = setup({
      guards: buildGuards(registry),
      actions: buildActions(registry),
      delays: buildDelays(frozenSpec, registry),
    }).createMachine(config as never) as unknown as AnyStateMachine;
    timers = timerStates(machine);
  } catch (e) {
    // Validation should have caught it; still answer with a definition error, never a crash.
    const message = e instanceof Error ? e.message : String(e);
    throw new DefinitionInvalidError([
      { path: '', code: 'compile-failed', params: { detail: message }, severity: 'error', message },
    ]);
  }
  return Object.freeze({
    spec: frozenSpec,
    registry,
    machine,
    tasks: deepFreeze(tasks),
    timerStates: deepFreeze(timers),
    moveTargets: Object.freeze(moveTargets),
    features: Object.freeze({ approvals }),
  });
}
