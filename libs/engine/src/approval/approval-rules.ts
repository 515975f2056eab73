import type { ApprovalMode, ApprovalRecord, ApprovalSlot, ApprovalSpec } from './approval.types';

export type ApprovalOutcome = 'approve' | 'reject';

const live = (slot: ApprovalSlot) => slot.status !== 'removed';

/** The approver slots that vote (加签 before/after slots only gate them). */
export function approverSlots(record: ApprovalRecord): ApprovalSlot[] {
  return record.slots.filter((s) => s.role === 'approver' && live(s));
}

function gatesOf(record: ApprovalRecord, slot: ApprovalSlot): ApprovalSlot[] {
  return record.slots.filter((s) => s.for === slot.id && live(s));
}

/**
 * An approver's decision once its 加签 slots are counted: rejected when it or a gate rejected;
 * approved when it and every gate approved; otherwise not decided yet.
 */
export function effectiveDecision(record: ApprovalRecord, slot: ApprovalSlot): ApprovalOutcome | undefined {
  const gates = gatesOf(record, slot);
  if (slot.status === 'rejected' || gates.some((g) => g.status === 'rejected')) return 'reject';
  if (slot.status === 'approved' && gates.every((g) => g.status === 'approved')) return 'approve';
  return undefined;
}

/** True when a waiting slot may be worked on now. */
function isReady(record: ApprovalRecord, slot: ApprovalSlot, mode: ApprovalMode): boolean {
  if (slot.role === 'after') return record.slots.find((s) => s.id === slot.for)?.status === 'approved';
  if (slot.role === 'before') return true;
  const befores = gatesOf(record, slot).filter((g) => g.role === 'before');
  if (!befores.every((g) => g.status === 'approved')) return false;
  if (mode !== 'sequential') return true;
  const voters = approverSlots(record);
  return voters.slice(0, voters.indexOf(slot)).every((v) => effectiveDecision(record, v) === 'approve');
}

/** The outcome the mode reaches with the decisions so far, if any. */
export function modeOutcome(record: ApprovalRecord, spec: ApprovalSpec): ApprovalOutcome | undefined {
  const voters = approverSlots(record);
  const decisions = voters.map((v) => effectiveDecision(record, v));
  const mode = spec.mode ?? 'any';
  if (voters.length === 0) return undefined;
  if (mode === 'any') {
    if (decisions.includes('approve')) return 'approve';
    return decisions.includes('reject') ? 'reject' : undefined;
  }
  if (mode === 'vote') {
    const weight = (s: ApprovalSlot) => spec.weights?.[s.onBehalfOf ?? s.user] ?? spec.weights?.[s.user] ?? 1;
    const total = voters.reduce((sum, v) => sum + weight(v), 0);
    const sum = (d: ApprovalOutcome) => voters.reduce((acc, v, i) => acc + (decisions[i] === d ? weight(v) : 0), 0);
    const threshold = spec.threshold ?? 0.5;
    if (sum('approve') / total >= threshold) return 'approve';
    return (total - sum('reject')) / total < threshold ? 'reject' : undefined;
  }
  const rejected = decisions.includes('reject');
  if (rejected && (mode === 'sequential' || !spec.collectAll || !decisions.includes(undefined))) return 'reject';
  return decisions.every((d) => d === 'approve') ? 'approve' : undefined;
}

/**
 * Moves every slot that became workable from `waiting` to `pending` (in slot order) and says
 * whether the mode is decided. Returns a new record and the slots it made pending.
 */
export function settle(
  record: ApprovalRecord,
  spec: ApprovalSpec,
): { record: ApprovalRecord; opened: ApprovalSlot[]; outcome?: ApprovalOutcome } {
  const outcome = modeOutcome(record, spec);
  if (outcome) return { record, opened: [], outcome };
  const next: ApprovalRecord = { ...record, slots: record.slots.map((s) => ({ ...s })) };
  const opened: ApprovalSlot[] = [];
  for (let changed = true; changed;) {
    changed = false;
    for (const slot of next.slots) {
      if (slot.status === 'waiting' && isReady(next, slot, spec.mode ?? 'any')) {
        slot.status = 'pending';
        opened.push(slot);
        changed = true;
      }
    }
  }
  return { record: next, opened };
}
