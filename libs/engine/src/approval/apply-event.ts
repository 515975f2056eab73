import type { AnyMachineSnapshot } from 'xstate';
import type { CompiledWorkflow } from '../compile/compiled-workflow.types';
import { eventDataErrors } from '../runtime/event-data';
import { EventRejectedError } from '../runtime/engine.errors';
import { machineTransition } from '../runtime/machine-transition';
import { applyCancel, CANCEL_EVENT } from '../runtime/cancel';
import { applyMove, MOVE_EVENT } from '../runtime/move';
import { MIGRATE_EVENT } from '../runtime/migrate';
import { acceptedEventsOf } from '../runtime/accepted-events';
import { applyFieldEdits } from '../runtime/field-access';
import type { EngineEvent } from '../runtime/runtime.types';
import { validateData } from '../schema/validate-data';
import {
  applyAddApprovers,
  applyCc,
  applyDelegate,
  applyDelegateDone,
  applyRemoveApprover,
  applyTransfer,
} from './approval-actions';
import { bookTransition, type Applied } from './approval-book';
import { applyDecision, decidingStates } from './approval-decision';
import {
  APPROVAL_EVENT_SCHEMAS,
  MACHINE_EVENT_PREFIX,
  isApprovalEvent,
  type ApprovalEventType,
} from './approval-events';
import { approvalsOf, type LayerArgs } from './approval-layer';
import { applySendBack, applyUrge, applyWithdraw, returnRedirect } from './approval-routing';
import { applyApprovers } from './approvers-recorded';
import { applyEscalate, applyTaskTimer } from './task-timer-events';
import { taskTimerOf } from './task-timers';
import { applyPlainTaskTimer } from '../task-timers/plain-task-timer-events';
import { timedPlainTaskAt } from '../task-timers/plain-task-timers';
import { activePaths, withApprovals } from './approvals-context';

export type { Applied };

const HANDLERS: Record<ApprovalEventType, (args: LayerArgs) => Applied> = {
  '@approvers': applyApprovers,
  '@transfer': applyTransfer,
  '@delegate': applyDelegate,
  '@delegate-done': applyDelegateDone,
  '@add-approvers': applyAddApprovers,
  '@remove-approver': applyRemoveApprover,
  '@send-back': applySendBack,
  '@cc': applyCc,
  '@withdraw': applyWithdraw,
  '@urge': applyUrge,
  '@escalate': applyEscalate,
};

/** Task timer events carry no data. */
const NO_DATA = { type: 'object', additionalProperties: false, properties: {} } as const;

/** True when someone other than the starter completes one of the active tasks. */
function actsOnTask(args: LayerArgs, starter: string | undefined): boolean {
  const { event, compiled } = args;
  if (event.actor === 'system' || event.actor === starter) return false;
  return [...activePaths(args.current)].some((p) => compiled.tasks?.[p]?.outcomes.includes(event.type));
}

/**
 * One event applied to a live snapshot: approval events and decisions through the approval
 * layer, everything else through the machine. Pure; throws EventRejectedError. `step` and
 * history verification share it, so both see the same states.
 */
export function applyEvent(
  compiled: CompiledWorkflow,
  current: AnyMachineSnapshot,
  event: EngineEvent,
  now: Date,
): Applied {
  const args: LayerArgs = {
    compiled,
    current,
    event: { type: event.type, data: event.data ?? {}, actor: event.actor ?? 'system', at: now.toISOString() },
    now,
  };
  const accepted = () => acceptedEventsOf(current);
  // Compile's own transitions (send-back, withdraw, move) are reached only through their entries.
  // A `@migrate` needs the version it goes to: `migrate()`, never a plain step.
  if (event.type.startsWith(MACHINE_EVENT_PREFIX) || event.type === MIGRATE_EVENT)
    throw new EventRejectedError('not-accepted', event.type, accepted());
  if (event.type === CANCEL_EVENT) return applyCancel(compiled, current, args.event.data);
  if (event.type === MOVE_EVENT) return applyMove(compiled, current, args.event, now);
  const approvals = compiled.features?.approvals === true;
  const timer = taskTimerOf(event.type);
  if (timer && timedPlainTaskAt(compiled, timer.statePath)) {
    const errors = validateData(NO_DATA, args.event.data);
    if (errors.length > 0) throw new EventRejectedError('invalid-data', event.type, accepted(), errors);
    if (current.status !== 'active') throw new EventRejectedError('not-accepted', event.type, []);
    // The timeout's event goes through this same function, as if `system` had sent it.
    return applyPlainTaskTimer({ compiled, current, event: args.event, ...timer }, (sent) =>
      applyEvent(compiled, current, sent, now),
    );
  }
  if (approvals && isApprovalEvent(event.type)) {
    const errors = validateData(APPROVAL_EVENT_SCHEMAS[event.type], args.event.data);
    if (errors.length > 0) throw new EventRejectedError('invalid-data', event.type, accepted(), errors);
    if (current.status !== 'active') throw new EventRejectedError('not-accepted', event.type, []);
    return HANDLERS[event.type](args);
  }
  if (approvals && taskTimerOf(event.type)) {
    const errors = validateData(NO_DATA, args.event.data);
    if (errors.length > 0) throw new EventRejectedError('invalid-data', event.type, accepted(), errors);
    if (current.status !== 'active') throw new EventRejectedError('not-accepted', event.type, []);
    return applyTaskTimer(args);
  }
  // 表单权限: start-form fields the step may edit are written to the context; others refuse the event.
  const edited = applyFieldEdits(compiled, current, args.event, accepted);
  args.current = edited.current;
  args.event = { ...args.event, data: edited.data };
  const dataErrors = eventDataErrors(compiled, args.event);
  if (dataErrors.length > 0) throw new EventRejectedError('invalid-data', event.type, accepted(), dataErrors);
  if (!approvals) {
    const [next, actions] = machineTransition(compiled, args.current, args.event);
    return bookTransition(compiled, next, actions, now);
  }
  const deciding = decidingStates(args);
  if (deciding.length > 0) return applyDecision(args, deciding);
  const state = approvalsOf(args);
  const redirect = returnRedirect(args);
  if (actsOnTask(args, state.starter) || redirect) {
    if (actsOnTask(args, state.starter)) state.acted = true;
    if (redirect) delete state.returnTo;
    args.current = withApprovals(compiled.machine, args.current, state);
  }
  const sent = redirect ? { ...args.event, type: redirect } : args.event;
  const [next, actions] = machineTransition(compiled, args.current, sent, event.type);
  return bookTransition(compiled, next, actions, now);
}
