import type { AnyMachineSnapshot } from 'xstate';
import type { CompiledWorkflow } from '../compile/compiled-workflow.types';
import { acceptedEventsOf, isHandled } from './accepted-events';
import { EventRejectedError } from './engine.errors';
import { inertTransition } from './inert-transition';
import type { TransitionOutput } from './effects';
import { runTransition } from './run-transition';
import type { EngineEvent } from './runtime.types';

/**
 * One XState transition for an event whose data is already checked: not handled → `not-accepted`,
 * every guard refusing → `guard`. `recordedType` is what the history says (the machine event may
 * be an internal type compile added, e.g. a send-back target).
 */
export function machineTransition(
  compiled: CompiledWorkflow,
  current: AnyMachineSnapshot,
  event: Required<EngineEvent>,
  recordedType: string = event.type,
): TransitionOutput {
  const { machine } = compiled;
  const accepted = () => acceptedEventsOf(current);
  if (!isHandled(current, event.type)) throw new EventRejectedError('not-accepted', recordedType, accepted());
  return runTransition(recordedType, accepted, () => {
    // Guards run inside the step scope too, so a throwing guard is reported as such.
    if (machine.getTransitionData(current, event).length === 0) {
      throw new EventRejectedError('guard', recordedType, accepted());
    }
    return inertTransition(machine, current, event);
  });
}
