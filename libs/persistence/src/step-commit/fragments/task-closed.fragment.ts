import type { Task } from '@liucheng/contracts';
import { castLiteral, sqlLiteral } from '../../sql';
import type { FragmentContext } from './fragment-context';

/** Closes an open task (`AND status = 'open'`: a task is closed once). */
export function taskClosedFragment({ task }: { task: Task }, c: FragmentContext): string {
  return `UPDATE tasks SET status = ${sqlLiteral(task.status)}, completed_at = ${c.at},
    completed_by = ${sqlLiteral(task.completedBy)}, outcome = ${sqlLiteral(task.outcome)}
  WHERE id = ${castLiteral(task.id, 'uuid')} AND status = 'open'`;
}
