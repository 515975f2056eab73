import type { EffectWrite, EffectWriteKind } from './effect-write';
import { attachmentBoundFragment } from './fragments/attachment-bound.fragment';
import { cte } from './fragments/cte';
import type { FragmentContext } from './fragments/fragment-context';
import { notificationFragment } from './fragments/notification.fragment';
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
}

/** One entry per effect kind (a mapped type: a kind without its entry does not compile). */
export const EFFECT_FRAGMENTS: { [K in EffectWriteKind]: EffectFragment<K> } = {
  taskClosed: { cte: 'task_closed', build: taskClosedFragment },
  taskOpened: { cte: 'task_opened', build: taskOpenedFragment },
  timerScheduled: { cte: 'timer_scheduled', build: timerScheduledFragment },
  timerCancelled: { cte: 'timer_cancelled', build: timerCancelledFragment },
  timerFired: { cte: 'timer_fired', build: timerFiredFragment },
  notification: { cte: 'notification', build: notificationFragment },
  attachmentBound: { cte: 'attachment_bound', build: attachmentBoundFragment },
};

/** `name AS (statement)` for every write, in the order given, numbered per kind. */
export function effectCtes(writes: readonly EffectWrite[], context: FragmentContext): string[] {
  const counts = new Map<EffectWriteKind, number>();
  return writes.map((write) => {
    const n = counts.get(write.kind) ?? 0;
    counts.set(write.kind, n + 1);
    const entry = EFFECT_FRAGMENTS[write.kind] as EffectFragment<typeof write.kind>;
    return cte(`${entry.cte}_${n}`, entry.build(write, context));
  });
}
