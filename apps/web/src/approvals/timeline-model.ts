// Pure: the approval timeline of an instance from its history (every step and action, in order)
// and `context.$approvals` (the current round of each step: every slot, decided or pending).
import type { HistoryEntry } from '@liucheng/contracts';
import { isAttachmentValue, type AttachmentValue } from '../attachments/attachment-value';
import { stepTask, type ApprovalMode } from './approval-spec';

/** `closed`: still undecided when the step ended (another decision decided it). */
export type SlotStatus = 'waiting' | 'pending' | 'approved' | 'rejected' | 'removed' | 'closed' | 'none';
export type StepStatus = 'resolving' | 'open' | 'approved' | 'rejected' | 'cancelled' | 'empty' | 'done';

/** One person's place in a step, as the timeline shows it. */
export interface SlotView {
  /** The slot's id in `$approvals` (current round only): what 减签 names. */
  id?: string;
  user: string;
  role: 'approver' | 'before' | 'after';
  status: SlotStatus;
  by?: string;
  at?: string;
  comment?: string;
  /** Files the approver attached to the decision (any attachment field of its data). */
  files?: AttachmentValue[];
  /** The outcome event of a decision (`APPROVE`), when known. */
  outcome?: string;
  auto?: 'starter' | 'dedupe';
  transferredFrom?: string[];
  delegate?: string;
  addedBy?: string;
  onBehalfOf?: string;
}

export type TimelineItem =
  | { kind: 'start'; seq: number; at: string; actor: string }
  | {
      kind: 'step';
      seq: number;
      at: string;
      statePath: string;
      round: number;
      mode: ApprovalMode;
      status: StepStatus;
      slots: SlotView[];
      /** True for the step's latest round, read from `$approvals`. */
      current: boolean;
    }
  /** An approval action (`@transfer`…) or an event outside any approval step (a form task's outcome). */
  | { kind: 'event'; seq: number; at: string; actor: string; type: string; data: Record<string, unknown> };

interface RecordSlot {
  id?: string;
  user?: string;
  role?: string;
  status?: string;
  by?: string;
  at?: string;
  comment?: string;
  auto?: string;
  transferredFrom?: string[];
  delegate?: string;
  addedBy?: string;
  onBehalfOf?: string;
}
interface ApprovalRecord {
  round?: number;
  status?: string;
  slots?: RecordSlot[];
}

const APPROVERS = '@approvers';

/**
 * Every approval step (one per `@approvers` entry and state), every action and every other event,
 * in history order. The latest round of a step takes its slots from `$approvals`; earlier rounds
 * (before a send-back) are rebuilt from `@approvers` and the decisions that followed.
 */
export function buildTimeline(
  entries: HistoryEntry[],
  context: Record<string, unknown>,
  spec: unknown,
): TimelineItem[] {
  const records = approvalRecords(context);
  const lastOpening = new Map<string, number>();
  for (const entry of entries)
    if (entry.type === APPROVERS) for (const path of Object.keys(statesOf(entry))) lastOpening.set(path, entry.seq);

  const items: TimelineItem[] = [];
  const claimed = new Set<number>();
  const rounds = new Map<string, number>();
  for (const entry of entries) {
    if (entry.type === '@start') {
      items.push({ kind: 'start', seq: entry.seq, at: entry.at, actor: entry.actor });
      continue;
    }
    if (entry.type !== APPROVERS) continue;
    for (const [path, resolved] of Object.entries(statesOf(entry))) {
      const round = (rounds.get(path) ?? 0) + 1;
      rounds.set(path, round);
      const task = stepTask(spec, path);
      const mode = task?.approval?.mode ?? 'any';
      const outcomes = new Set(task?.outcomes ?? []);
      const approvers = approverUsers(resolved);
      // The decisions of this round: its approvers' (and their successors') outcome events until the next round.
      const next = entries.find((e) => e.seq > entry.seq && e.type === APPROVERS && path in statesOf(e))?.seq;
      const people = new Set(approvers.map((a) => a.user));
      const decisions: HistoryEntry[] = [];
      for (const e of entries) {
        if (e.seq <= entry.seq || (next !== undefined && e.seq >= next)) continue;
        if (e.data?.statePath === path && (e.type === '@transfer' || e.type === '@add-approvers')) {
          if (typeof e.data.to === 'string') people.add(e.data.to);
          if (Array.isArray(e.data.users)) for (const u of e.data.users) if (typeof u === 'string') people.add(u);
        }
        if (!e.type.startsWith('@') && outcomes.has(e.type) && people.has(e.actor) && !claimed.has(e.seq)) {
          decisions.push(e);
          claimed.add(e.seq);
        }
      }
      const current = lastOpening.get(path) === entry.seq && records[path] !== undefined;
      const status = current ? stepStatus(records[path].status) : pastStatus(decisions, task?.approval?.reject);
      const ended = status !== 'open' && status !== 'resolving';
      const slots = current
        ? (records[path].slots ?? []).map((slot) => slotView(slot, decisions, ended))
        : pastSlots(approvers, decisions, task?.approval);
      items.push({ kind: 'step', seq: entry.seq, at: entry.at, statePath: path, round, mode, status, slots, current });
    }
  }
  for (const entry of entries) {
    if (entry.type === '@start' || entry.type === APPROVERS || claimed.has(entry.seq)) continue;
    items.push({
      kind: 'event',
      seq: entry.seq,
      at: entry.at,
      actor: entry.actor,
      type: entry.type,
      data: entry.data ?? {},
    });
  }
  return items.sort((a, b) => a.seq - b.seq);
}

/** The users an open step waits for (pending slots), for the "waiting for …" line. */
export function waitingFor(item: TimelineItem): string[] {
  if (item.kind !== 'step' || item.status !== 'open') return [];
  return item.slots.filter((slot) => slot.status === 'pending').map((slot) => slot.delegate ?? slot.user);
}

function slotView(slot: RecordSlot, decisions: HistoryEntry[], ended: boolean): SlotView {
  const open = slot.status === 'pending' || slot.status === 'waiting';
  const decided = slot.status === 'approved' || slot.status === 'rejected';
  const actor = slot.by ?? slot.user;
  const decision = decided
    ? (decisions.find((d) => d.actor === actor && d.at === slot.at) ?? decisions.find((d) => d.actor === actor))
    : undefined;
  return {
    id: slot.id,
    user: slot.user ?? '',
    role: slot.role === 'before' || slot.role === 'after' ? slot.role : 'approver',
    status: open && ended ? 'closed' : isSlotStatus(slot.status) ? slot.status : 'none',
    by: slot.by,
    at: slot.at,
    comment: slot.comment ?? (typeof decision?.data?.comment === 'string' ? decision.data.comment : undefined),
    files: filesOf(decision),
    outcome: decision?.type,
    auto: slot.auto === 'starter' || slot.auto === 'dedupe' ? slot.auto : undefined,
    transferredFrom: slot.transferredFrom?.length ? slot.transferredFrom : undefined,
    delegate: slot.delegate,
    addedBy: slot.addedBy,
    onBehalfOf: slot.onBehalfOf,
  };
}

function pastSlots(
  approvers: { user: string; onBehalfOf?: string }[],
  decisions: HistoryEntry[],
  approval: { approve: string; reject: string } | undefined,
): SlotView[] {
  const fromDecisions = decisions.map<SlotView>((d) => ({
    user: d.actor,
    role: 'approver',
    status: d.type === approval?.reject ? 'rejected' : d.type === (approval?.approve ?? d.type) ? 'approved' : 'none',
    by: d.actor,
    at: d.at,
    outcome: d.type,
    comment: typeof d.data?.comment === 'string' ? d.data.comment : undefined,
    files: filesOf(d),
  }));
  const undecided = approvers
    .filter((a) => !decisions.some((d) => d.actor === a.user))
    .map<SlotView>((a) => ({ user: a.user, role: 'approver', status: 'closed', onBehalfOf: a.onBehalfOf }));
  return [...fromDecisions, ...undecided];
}

function pastStatus(decisions: HistoryEntry[], reject: string | undefined): StepStatus {
  return decisions.some((d) => d.type === (reject ?? 'REJECT')) ? 'rejected' : 'done';
}

function stepStatus(status: string | undefined): StepStatus {
  return ['resolving', 'open', 'approved', 'rejected', 'cancelled', 'empty'].includes(status ?? '')
    ? (status as StepStatus)
    : 'done';
}

function isSlotStatus(status: unknown): status is SlotStatus {
  return ['waiting', 'pending', 'approved', 'rejected', 'removed'].includes(status as string);
}

function approvalRecords(context: Record<string, unknown>): Record<string, ApprovalRecord> {
  const approvals = context.$approvals as { states?: Record<string, ApprovalRecord> } | undefined;
  return approvals?.states ?? {};
}

function statesOf(entry: HistoryEntry): Record<string, unknown> {
  const states = entry.data?.states;
  return typeof states === 'object' && states !== null ? (states as Record<string, unknown>) : {};
}

function approverUsers(resolved: unknown): { user: string; onBehalfOf?: string }[] {
  const list = (resolved as { approvers?: unknown } | null)?.approvers;
  return Array.isArray(list)
    ? list.filter((a): a is { user: string; onBehalfOf?: string } => typeof a?.user === 'string')
    : [];
}

/** The files in a decision's data: attachment fields, alone or in lists (none: undefined). */
function filesOf(decision: HistoryEntry | undefined): AttachmentValue[] | undefined {
  const files = Object.values(decision?.data ?? {}).flatMap((value) =>
    (Array.isArray(value) ? value : [value]).filter(isAttachmentValue),
  );
  return files.length > 0 ? files : undefined;
}
