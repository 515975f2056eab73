import type { CompiledWorkflow } from '../compile/compiled-workflow.types';
import type { StepOptions } from './calendar-scope';
import type { RecordedEvent, StepResult } from './runtime.types';
import { start, START_EVENT } from './start';
import { step } from './step';

/**
 * Re-runs recorded history through `start`/`step` (entry 1 = `@start` with the input as
 * data); one result per entry. Throws what `start`/`step` throw if the history does not fit.
 *
 * @example replay(compiled, history).at(-1)?.snapshot // equals the stored snapshot
 */
export function replay(compiled: CompiledWorkflow, events: RecordedEvent[], options: StepOptions = {}): StepResult[] {
  const results: StepResult[] = [];
  events.forEach((entry, i) => {
    const now = new Date(entry.at);
    if (i === 0) {
      if (entry.type !== START_EVENT) throw new Error(`History entry 1 must be ${START_EVENT}, found ${entry.type}`);
      results.push(start(compiled, entry.data, now, entry.actor, options));
    } else {
      const previous = results[i - 1].snapshot;
      results.push(step(compiled, previous, { type: entry.type, data: entry.data, actor: entry.actor }, now, options));
    }
  });
  return results;
}
