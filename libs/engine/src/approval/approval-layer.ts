import type { AnyMachineSnapshot } from 'xstate';
import type { CompiledWorkflow } from '../compile/compiled-workflow.types';
import type { JsonObject } from '../definition/definition.types';
import { machineTransition } from '../runtime/machine-transition';
import type { EngineEvent, Effect } from '../runtime/runtime.types';
import { bookTransition, type Applied } from './approval-book';
import type { ApprovalsContext } from './approval.types';
import { readApprovals, withApprovals } from './approvals-context';

/** One event as the layer handles it: actor and time always set. */
export type LayerEvent = Required<EngineEvent>;

/** What every handler gets. */
export interface LayerArgs {
  compiled: CompiledWorkflow;
  current: AnyMachineSnapshot;
  event: LayerEvent;
  now: Date;
}

export function approvalsOf(args: LayerArgs): ApprovalsContext & { starter?: string } {
  return readApprovals(args.current.context);
}

/** The snapshot with new approvals and no transition (a decision that does not decide yet). */
export function stay(args: LayerArgs, approvals: ApprovalsContext, effects: Effect[]): Applied {
  return { snapshot: withApprovals(args.compiled.machine, args.current, approvals), effects };
}

/**
 * Saves the approvals, then runs the machine event (an outcome, a send-back target, a withdraw)
 * and books the transition; `effects` come first (slots closed before the state exits).
 */
export function moveOn(
  args: LayerArgs,
  approvals: ApprovalsContext,
  machineEvent: { type: string; data?: JsonObject; actor?: string },
  effects: Effect[],
): Applied {
  const { compiled, now, event } = args;
  const saved = withApprovals(compiled.machine, args.current, approvals);
  const sent: LayerEvent = {
    type: machineEvent.type,
    data: machineEvent.data ?? {},
    actor: machineEvent.actor ?? event.actor,
    at: event.at,
  };
  const [next, actions] = machineTransition(compiled, saved, sent, event.type);
  return bookTransition(compiled, next, actions, now, effects);
}
