import type { TimerPurpose } from '@liucheng/contracts';
import { approvalTaskAt, taskTimerOf, type CompiledWorkflow } from '@liucheng/engine';

/** What a timer does, from its event type; the definition (when given) names a timeout's action. */
export function timerPurpose(eventType: string, compiled?: CompiledWorkflow): TimerPurpose {
  const timer = taskTimerOf(eventType);
  if (!timer) return { kind: 'delay' };
  if (timer.kind === 'remind') return { kind: 'remind' };
  const action = compiled ? approvalTaskAt(compiled, timer.statePath)?.approval.timeout?.action : undefined;
  return { kind: 'timeout', action: action ?? null };
}
