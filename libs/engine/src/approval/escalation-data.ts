import type { JsonObject } from '../definition/definition.types';
import { managerChain } from '../org/managers';
import type { OrgSnapshot } from '../org/org.types';
import type { StepResult } from '../runtime/runtime.types';
import { recordOf } from './approvals-context';

/**
 * The data of the `@escalate` entry that must follow `result` (a timeout that escalates), or
 * null: for each slot, the first active manager up its holder's chain who does not already
 * hold a place in the step; null at the top of the chain.
 */
export function escalationEventData(result: StepResult, org: OrgSnapshot): JsonObject | null {
  const effect = result.effects.find((e) => e.kind === 'escalate');
  if (!effect || effect.kind !== 'escalate') return null;
  const record = recordOf(result.context, effect.statePath);
  const held = new Set(
    (record?.slots ?? [])
      .filter((s) => s.status !== 'removed')
      .flatMap((s) => [s.user, ...(s.onBehalfOf ? [s.onBehalfOf] : []), ...(s.delegate ? [s.delegate] : [])]),
  );
  const active = new Set(org.users.filter((u) => u.active).map((u) => u.username));
  const slots = effect.slots.map(({ slot, user }) => {
    const to = managerChain(org, user).find((m) => active.has(m) && !held.has(m)) ?? null;
    if (to) held.add(to);
    return { slot, to };
  });
  return { statePath: effect.statePath, slots };
}
