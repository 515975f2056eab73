import { refusal } from '../runtime/engine.errors';
import { approvalTaskAt } from './approval-effects';
import type { LayerArgs } from './approval-layer';
import type { ApprovalRecord, ApprovalSlot, ApprovalSpec, ApprovalsContext } from './approval.types';
import { activePaths } from './approvals-context';

/** The open approval of an active state, or a refusal naming the state. */
export function openApproval(
  args: LayerArgs,
  approvals: ApprovalsContext,
  statePath: string,
): { spec: ApprovalSpec; record: ApprovalRecord } {
  const spec = approvalTaskAt(args.compiled, statePath)?.approval;
  const record = approvals.states[statePath];
  if (!spec || !record || record.status !== 'open' || !activePaths(args.current).has(statePath))
    throw refusal(
      args.event.type,
      'approval-not-open',
      `${statePath} has no open approval`,
      { statePath },
      '/statePath',
    );
  return { spec, record };
}

/** A slot of the record by id, in one of the given statuses. */
export function slotIn(
  args: LayerArgs,
  record: ApprovalRecord,
  id: unknown,
  statuses: ApprovalSlot['status'][] = ['pending'],
): ApprovalSlot {
  const slot = record.slots.find((s) => s.id === id);
  if (!slot || !statuses.includes(slot.status))
    throw refusal(
      args.event.type,
      'slot-not-open',
      `slot ${String(id)} is not ${statuses.join(' or ')}`,
      { slot: id },
      '/slot',
    );
  return slot;
}

/** Refuses a user who already holds a live slot of the record. */
export function assertNotApprover(args: LayerArgs, record: ApprovalRecord, user: string): void {
  const held = record.slots.some(
    (s) => s.status !== 'removed' && (s.user === user || s.onBehalfOf === user || s.delegate === user),
  );
  if (held) throw refusal(args.event.type, 'already-approver', `${user} already approves this step`, { user }, '/to');
}
