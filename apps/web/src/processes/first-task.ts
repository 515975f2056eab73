// After starting: the task the starter can work on right away, if the new instance has one.
import type { CurrentUser, Instance, Task } from '@liucheng/contracts';
import { mayAct, taskAccess } from '../tasks/task-access';

/**
 * The first open task assigned to `user`, else the first they may claim; undefined when none.
 * @example firstTaskFor(contractReview, staff)?.statePath // 'negotiation'
 */
export function firstTaskFor(
  instance: Pick<Instance, 'tasks'>,
  user: Pick<CurrentUser, 'username' | 'roles'>,
): Task | undefined {
  const open = instance.tasks.filter((task) => task.status === 'open');
  return (
    open.find((task) => taskAccess(task, user) === 'assignee') ?? open.find((task) => mayAct(taskAccess(task, user)))
  );
}
