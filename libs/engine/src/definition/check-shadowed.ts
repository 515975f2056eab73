import type { Problems } from './problems';
import type { ListedTransition } from './transition-list';

/**
 * XState takes the first enabled transition for an event, in the order written; one without a
 * guard is always enabled, so any transition listed after it for the same event (or delay, or
 * `always`, or `onDone`) of the same state can never fire.
 */
export function checkShadowed(list: readonly ListedTransition[], problems: Problems): void {
  const firstUnguarded = new Map<string, ListedTransition>();
  for (const t of list) {
    const group = `${t.source}:${t.key ?? ''}`;
    const by = firstUnguarded.get(group);
    if (by) {
      const event = t.key ?? t.source;
      problems.add(
        t.path,
        'shadowed-transition',
        `can never fire: the unguarded transition at ${by.path} for "${event}" is taken first`,
        { event, by: by.path },
      );
    } else if (!t.guard) firstUnguarded.set(group, t);
  }
}
