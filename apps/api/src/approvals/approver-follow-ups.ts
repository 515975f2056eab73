import {
  APPROVAL_EVENTS,
  approversEventData,
  step,
  type CompiledWorkflow,
  type OrgSnapshot,
  type StepOptions,
  type StepResult,
} from '@liucheng/engine';
import type { Tx } from '../common/transaction';
import type { FollowUpStep } from '../instances/record-step';
import { loadOrgSnapshot } from '../org/org-snapshot.queries';

/** Approval steps passed automatically in a row (去重, the starter) before we call it a loop. */
const MAX_ROUNDS = 50;

/**
 * The `@approvers` entries a step needs: while it entered approval steps, resolve them against
 * the organisation (read once, inside the step's transaction) and step the engine with the
 * result, actor `system`. Replay reads these entries; it never asks the organisation again.
 */
export async function approverFollowUps(
  q: Tx,
  compiled: CompiledWorkflow,
  result: StepResult,
  starter: string,
  now: Date,
  options: StepOptions = {},
): Promise<FollowUpStep[]> {
  const out: FollowUpStep[] = [];
  let current = result;
  let org: OrgSnapshot | undefined;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    if (!current.effects.some((e) => e.kind === 'resolveApprovers')) return out;
    org ??= await loadOrgSnapshot(q);
    const data = approversEventData(compiled, current, org, starter, now)!;
    const event = { type: APPROVAL_EVENTS.approvers, data };
    current = step(compiled, current.snapshot, { ...event, actor: 'system' }, now, options);
    out.push({ event, actor: 'system', result: current });
  }
  throw new Error(`more than ${MAX_ROUNDS} approval steps passed automatically in one event`);
}

/** The result the caller answers with: the last follow-up's, or the step's own. */
export const finalResult = (result: StepResult, followUps: FollowUpStep[]): StepResult =>
  followUps.length ? followUps[followUps.length - 1].result : result;
