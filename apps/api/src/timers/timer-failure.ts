import { ApiError } from '../common/api-error';

/** Reasons meaning the timer's moment has passed: the state left it, or the instance ended. */
const RETIRING_REASONS = new Set(['not-accepted', 'not-running']);

/** Whether a firing's failure retires the timer (cancelled, as a state exit would) rather than an incident. */
export function retiresTimer(error: unknown): boolean {
  if (!(error instanceof ApiError) || error.getStatus() !== 409) return false;
  const reason = error.details?.reason;
  return typeof reason === 'string' && RETIRING_REASONS.has(reason);
}

/** Deadlock or serialization failure: the whole transaction may simply be tried again. */
export function isTransientLockError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '40P01' || code === '40001';
}

/** What an incident shows: the answer the event path gave, or the database's error code. */
export function describeFailure(error: unknown): string {
  if (error instanceof ApiError) {
    const reason = error.details?.reason;
    return `${error.getStatus()}${typeof reason === 'string' ? ` ${reason}` : ''}: ${error.message}`;
  }
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  return typeof code === 'string' ? `${code}: ${message}` : message;
}

/** Runs `work` again (up to `attempts` times in all) when it fails with a deadlock or serialization error. */
export async function retryTransient<T>(work: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (!isTransientLockError(error) || attempt >= attempts) throw error;
      // A short, jittered pause lets the other transaction finish first.
      await new Promise((done) => setTimeout(done, Math.random() * 20 * attempt));
    }
  }
}
