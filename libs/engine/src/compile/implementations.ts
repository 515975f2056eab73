import { assign } from 'xstate';
import type { WorkflowSpec } from '../definition/definition.types';
import { walkStates } from '../definition/state-walk';
import type { Registry } from '../registry/registry.types';
import { eventBaseDate, isThrowawayInit, toEvaluationArgs } from '../runtime/engine-event';
import { callEntry, recordFailure, spendBudget } from '../runtime/step-scope';
import { classifyDelay, contextDurationMs } from '../support/delay-key';
import { isoDurationToMs } from '../support/iso-duration';
import { isPlainObject } from '../support/json-value';
import { workingDueAt } from '../runtime/working-due';
import { DelayValueError } from './delay-value.error';
import { CLOSE_TASK_ACTION, OPEN_TASK_ACTION } from './markers';

type Args = { context: unknown; event: unknown };
type Params = Record<string, unknown> | undefined;
/* eslint-disable @typescript-eslint/no-explicit-any -- XState's setup() maps are typed per machine; ours are built from data. */
type AnyMap = Record<string, any>;

/** Guard implementations: every registry guard, evaluated on the engine's view of the event. */
export function buildGuards(registry: Registry): AnyMap {
  const guards: AnyMap = {};
  for (const [name, entry] of Object.entries(registry.guards)) {
    guards[name] = (args: Args, params: Params) => {
      if (isThrowawayInit(args.event)) return false;
      spendBudget();
      return callEntry('guard', name, () => entry.evaluate(toEvaluationArgs(args), params ?? {}, registry));
    };
  }
  return guards;
}

/**
 * Action implementations: assign entries become XState `assign`; effect entries and the
 * task markers are no-ops whose `params` come back from `transition()` as data.
 */
export function buildActions(registry: Registry): AnyMap {
  const noop = () => undefined;
  const actions: AnyMap = { [OPEN_TASK_ACTION]: noop, [CLOSE_TASK_ACTION]: noop };
  for (const [name, entry] of Object.entries(registry.actions)) {
    actions[name] =
      entry.kind === 'assign'
        ? assign((args: Args, params: Params) => {
            if (isThrowawayInit(args.event)) return args.context as Record<string, unknown>;
            spendBudget();
            return callEntry('action', name, () => entry.assign(toEvaluationArgs(args), params ?? {}));
          })
        : noop;
  }
  return actions;
}

/** The `after` keys XState cannot read by itself: ISO durations, `context.<path>`, registry and working-time delays. */
export function buildDelays(spec: WorkflowSpec, registry: Registry): AnyMap {
  const delays: AnyMap = {};
  for (const { node } of walkStates(spec)) {
    if (!isPlainObject(node.after)) continue;
    for (const key of Object.keys(node.after)) {
      const kind = classifyDelay(key, registry, spec.meta.delays);
      if (kind.kind === 'iso') delays[key] = (args: Args) => isoDurationToMs(kind.duration, eventBaseDate(args.event));
      else if (kind.kind === 'context')
        delays[key] = (args: Args) => {
          if (isThrowawayInit(args.event)) return 0;
          const ms = contextDurationMs(args.context, kind.path, eventBaseDate(args.event));
          if (ms === undefined) throw recordFailure(new DelayValueError(kind.path));
          return ms;
        };
      else if (kind.kind === 'working')
        delays[key] = (args: Args) => {
          if (isThrowawayInit(args.event)) return 0;
          const entered = eventBaseDate(args.event) ?? new Date(0);
          try {
            // Past already (a hosting date long ago): due now, the worker fires it at once.
            return Math.max(0, workingDueAt(spec, kind.name, args.context, entered).getTime() - entered.getTime());
          } catch (e) {
            throw recordFailure(e instanceof Error ? e : new Error(String(e)));
          }
        };
      else if (kind.kind === 'registry') {
        const entry = registry.delays[kind.name];
        delays[key] = (args: Args) =>
          isThrowawayInit(args.event) ? 0 : callEntry('delay', key, () => entry.resolve(toEvaluationArgs(args), {}));
      }
    }
  }
  return delays;
}
