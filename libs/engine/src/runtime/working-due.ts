import type { WorkingDelaySpec } from '../calendar/working-delay';
import { workingDelayDue } from '../calendar/working-delay';
import type { WorkflowSpec } from '../definition/definition.types';
import { calendarFor } from './calendar-scope';

/**
 * When the working-time delay `name` of `meta.delays` falls due for a state entered at `entered`,
 * counted in the running step's calendar (see calendar-scope.ts).
 */
export function workingDueAt(spec: Pick<WorkflowSpec, 'meta'>, name: string, context: unknown, entered: Date): Date {
  const delay = (spec.meta.delays as Record<string, WorkingDelaySpec>)[name];
  return workingDelayDue(delay, calendarFor(spec), context, entered);
}
