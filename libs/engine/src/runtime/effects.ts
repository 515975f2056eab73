import type { AnyMachineSnapshot } from 'xstate';
import type { CompiledWorkflow } from '../compile/compiled-workflow.types';
import { DelayValueError } from '../compile/delay-value.error';
import { CLOSE_TASK_ACTION, OPEN_TASK_ACTION } from '../compile/markers';
import type { JsonObject, JsonSchema, TaskSpec, WorkflowSpec } from '../definition/definition.types';
import { workingDueAt } from './working-due';
import { classifyDelay, contextDurationMs } from '../support/delay-key';
import { addIsoDuration } from '../support/iso-duration';
import { deepFreeze, jsonClone } from '../support/json-value';
import { toEvaluationArgs } from './engine-event';
import type { Effect } from './runtime.types';
import { taskFormSchema } from './task-form';

/** What `transition()` hands back for each action to execute. */
export interface ExecutableAction {
  type: string;
  params?: unknown;
  info?: { context: unknown; event: unknown };
}

/**
 * `now + task.due` (ISO-8601 duration, milliseconds, `context.<path>` or a working-time delay
 * of `meta.delays` counted in the definition's calendar), as ISO UTC.
 */
export function taskDueAt(
  task: TaskSpec,
  context: unknown,
  now: Date,
  spec?: Pick<WorkflowSpec, 'meta'>,
): string | undefined {
  if (!task.due) return undefined;
  const kind = classifyDelay(task.due, undefined, spec?.meta.delays);
  if (kind.kind === 'working' && spec) return workingDueAt(spec, kind.name, context, now).toISOString();
  if (kind.kind === 'iso') return addIsoDuration(now, kind.duration).toISOString();
  if (kind.kind === 'ms') return new Date(now.getTime() + kind.ms).toISOString();
  if (kind.kind === 'context') {
    const ms = contextDurationMs(context, kind.path, now);
    if (ms === undefined) throw new DelayValueError(kind.path);
    return new Date(now.getTime() + ms).toISOString();
  }
  return undefined;
}

/** A task's form per compiled workflow and state path, built once: a published version never changes. */
const formSchemas = new WeakMap<CompiledWorkflow, Map<string, JsonSchema>>();

/**
 * The form of the task at `path`, deep-frozen and shared by every step that opens it, as the
 * task itself is (`compiled.tasks`): effects carry frozen parts of the compiled workflow, which
 * nothing downstream changes (a copy per step was most of the engine's cost of opening a task).
 */
function formSchemaOf(compiled: CompiledWorkflow, path: string, task: TaskSpec): JsonSchema {
  let byPath = formSchemas.get(compiled);
  if (!byPath) formSchemas.set(compiled, (byPath = new Map()));
  let schema = byPath.get(path);
  if (!schema) byPath.set(path, (schema = deepFreeze(jsonClone(taskFormSchema(compiled.spec, task)))));
  return schema;
}

function taskOf(compiled: CompiledWorkflow, path: string): TaskSpec {
  const task = compiled.tasks?.[path];
  if (!task) throw new Error(`No task at state ${path}`);
  return task;
}

/**
 * Turns the actions `transition()` returned into effects, in execution order: task
 * open/close markers, delayed raises (timers), cancels and effect actions (notify).
 */
export function collectEffects(compiled: CompiledWorkflow, actions: readonly ExecutableAction[], now: Date): Effect[] {
  const effects: Effect[] = [];
  for (const action of actions) {
    const params = (action.params ?? {}) as Record<string, unknown>;
    if (action.type === OPEN_TASK_ACTION) {
      const statePath = String(params.path);
      // An approval's tasks open per approver once `@approvers` has recorded who they are.
      if (taskOf(compiled, statePath).approval) {
        effects.push({ kind: 'resolveApprovers', statePath });
        continue;
      }
      const task = taskOf(compiled, statePath);
      const dueAt = taskDueAt(task, action.info?.context, now, compiled.spec);
      effects.push({
        kind: 'openTask',
        statePath,
        task,
        formSchema: formSchemaOf(compiled, statePath, task),
        ...(dueAt ? { dueAt } : {}),
      });
    } else if (action.type === CLOSE_TASK_ACTION) {
      effects.push({ kind: 'closeTask', statePath: String(params.path) });
    } else if (action.type === 'xstate.raise' && typeof params.delay === 'number') {
      const timerId = String(params.id);
      const eventType = (params.event as { type: string }).type;
      effects.push({
        kind: 'scheduleTimer',
        timerId,
        eventType,
        delayMs: params.delay,
        dueAt: new Date(now.getTime() + params.delay).toISOString(),
        statePath: compiled.timerStates?.[eventType] ?? '',
      });
    } else if (action.type === 'xstate.cancel') {
      effects.push({ kind: 'cancelTimer', timerId: String(params.sendId) });
    } else {
      const entry = compiled.registry.actions[action.type];
      if (entry?.kind === 'effect' && action.info) {
        const payload = entry.effect(toEvaluationArgs(action.info), params as JsonObject);
        effects.push({ kind: 'notify', ...jsonClone(payload) });
      }
    }
  }
  return effects;
}

/** Keeps the type checker honest about what `transition()` returns. */
export type TransitionOutput = [AnyMachineSnapshot, readonly ExecutableAction[]];
