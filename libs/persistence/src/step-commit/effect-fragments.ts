import type { EffectWrite, EffectWriteKind } from './effect-write';
import { attachmentBoundFragment } from './fragments/attachment-bound.fragment';
import { ccSentFragment } from './fragments/cc-sent.fragment';
import { cte } from './fragments/cte';
import type { FragmentContext } from './fragments/fragment-context';
import { notificationDeliveryFragments, notificationFragment } from './fragments/notification.fragment';
import { taskClosedFragment } from './fragments/task-closed.fragment';
import { taskOpenedFragment } from './fragments/task-opened.fragment';
import { timerCancelledFragment } from './fragments/timer-cancelled.fragment';
import { timerFiredFragment } from './fragments/timer-fired.fragment';
import { timerScheduledFragment } from './fragments/timer-scheduled.fragment';

interface EffectFragment<K extends EffectWriteKind> {
  /** CTE name prefix; the n-th write of the kind is `<cte>_<n>`. */
  cte: string;
  /** The data-modifying statement inside `<cte>_<n> AS (…)`. */
  build: (write: Extract<EffectWrite, { kind: K }>, context: FragmentContext) => string;
  /**
   * Statements reading the RETURNING rows of `<cte>_<n>` (given as `name`), each its own CTE
   * `<name>_<suffix>`: a data-modifying CTE cannot nest another.
   */
  followUps?: (write: Extract<EffectWrite, { kind: K }>, context: FragmentContext, name: string) => FollowUp[];
}

/** A statement after a write's own, named `<name>_<suffix>`. */
export interface FollowUp {
  suffix: string;
  statement: string;
}

/** One entry per effect kind (a mapped type: a kind without its entry does not compile). */
export const EFFECT_FRAGMENTS: { [K in EffectWriteKind]: EffectFragment<K> } = {
  taskClosed: { cte: 'task_closed', build: taskClosedFragment },
  taskOpened: { cte: 'task_opened', build: taskOpenedFragment },
  timerScheduled: { cte: 'timer_scheduled', build: timerScheduledFragment },
  timerCancelled: { cte: 'timer_cancelled', build: timerCancelledFragment },
  timerFired: { cte: 'timer_fired', build: timerFiredFragment },
  notification: { cte: 'notification', build: notificationFragment, followUps: notificationDeliveryFragments },
  attachmentBound: { cte: 'attachment_bound', build: attachmentBoundFragment },
  ccSent: { cte: 'cc_sent', build: ccSentFragment },
};

/** `name AS (statement)` for every write (then its follow-ups), in the order given, numbered per kind. */
export function effectCtes(writes: readonly EffectWrite[], context: FragmentContext): string[] {
  const counts = new Map<EffectWriteKind, number>();
  return writes.flatMap((write) => {
    const n = counts.get(write.kind) ?? 0;
    counts.set(write.kind, n + 1);
    const entry = EFFECT_FRAGMENTS[write.kind] as EffectFragment<typeof write.kind>;
    const name = `${entry.cte}_${n}`;
    const followUps = entry.followUps?.(write, context, name) ?? [];
    return [cte(name, entry.build(write, context)), ...followUps.map((f) => cte(`${name}_${f.suffix}`, f.statement))];
  });
}
