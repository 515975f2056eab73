import type { JsonObject } from '../definition/definition.types';
import type { EvaluationArgs } from '../registry/registry.types';
import type { EngineEvent } from './runtime.types';
import { isPlainObject } from '../support/json-value';

/** The input `start` hands to XState's initial transition. */
export interface StartInput {
  data: JsonObject;
  actor: string;
  at: string;
}

/** The event XState receives for one step: `{type, data, actor, at}`. */
export function toMachineEvent(event: EngineEvent, now: Date): Required<EngineEvent> {
  return { type: event.type, data: event.data ?? {}, actor: event.actor ?? 'system', at: now.toISOString() };
}

/**
 * What a registry implementation sees as the event: our own events unchanged, XState's
 * init event as `@start` with the start input, other internal events with empty data.
 */
export function toEngineEvent(event: unknown): EngineEvent {
  const e = (isPlainObject(event) ? event : {}) as Record<string, unknown>;
  const type = typeof e.type === 'string' ? e.type : '';
  if (type === 'xstate.init' && isPlainObject(e.input)) {
    const input = e.input as unknown as StartInput;
    return { type: '@start', data: input.data, actor: input.actor, at: input.at };
  }
  const out: EngineEvent = { type, data: isPlainObject(e.data) ? (e.data as JsonObject) : {} };
  if (typeof e.actor === 'string') out.actor = e.actor;
  if (typeof e.at === 'string') out.at = e.at;
  return out;
}

/** Turns XState's action/guard arguments into the registry's {@link EvaluationArgs}. */
export function toEvaluationArgs(args: { context: unknown; event: unknown }): EvaluationArgs {
  return { context: (args.context ?? {}) as JsonObject, event: toEngineEvent(args.event) };
}

/** The base date for calendar durations: the event's `at`, when it has one. */
export function eventBaseDate(event: unknown): Date | undefined {
  const at = toEngineEvent(event).at;
  return at ? new Date(at) : undefined;
}

/**
 * XState's `initialTransition()`/`transition()` build a throwaway actor that computes an
 * initial snapshot with no input (its init event has no `input`); ours always has one.
 * Implementations do nothing in that throwaway run: guards refuse, assigns keep the context,
 * delays are 0, so it costs nothing and can neither loop nor throw.
 */
export function isThrowawayInit(event: unknown): boolean {
  return isPlainObject(event) && event.type === 'xstate.init' && !isPlainObject(event.input);
}
