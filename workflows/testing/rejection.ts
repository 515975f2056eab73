import { EventRejectedError } from '@liucheng/engine';

/** Runs `action`, expecting an {@link EventRejectedError}; returns it so a test can inspect it. */
export function rejectionOf(action: () => unknown): EventRejectedError {
  try {
    action();
  } catch (error) {
    if (error instanceof EventRejectedError) return error;
    throw error;
  }
  throw new Error('Expected the event to be rejected, but it was applied');
}

/** Paths and messages of a rejection's errors in one string, to assert which field is named. */
export function problemText(error: EventRejectedError): string {
  return error.errors.map((e) => `${e.path} ${e.message}`).join('; ');
}
