import { setImmediate, setTimeout } from 'node:timers';

/** FNV-1a of the key, modulo `lanes`: the same instance always lands in the same lane. */
export function laneOf(key: string, lanes: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i += 1) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % lanes;
}

/**
 * A FIFO of items run in batches, one batch at a time: items that arrive while a batch runs
 * form the next one (natural batching), at most `maxBatch` each. An idle lane starts on the
 * next turn of the event loop (or after `maxWaitMs`), so a lone item never waits for a timer.
 * `run` must not throw: it settles its items itself.
 */
export class BatchLane<I> {
  private readonly queue: I[] = [];
  private busy = false;
  private idleWaiters: (() => void)[] = [];

  constructor(
    private readonly run: (items: I[]) => Promise<void>,
    private readonly maxBatch: number,
    private readonly maxWaitMs = 0,
  ) {}

  push(item: I): void {
    this.queue.push(item);
    if (this.busy) return;
    this.busy = true;
    if (this.maxWaitMs > 0) setTimeout(() => void this.drain(), this.maxWaitMs);
    else setImmediate(() => void this.drain());
  }

  /** Items waiting for a batch (not those of the batch running). */
  get queued(): number {
    return this.queue.length;
  }

  /** Resolves once every item pushed so far has been run. */
  idle(): Promise<void> {
    if (!this.busy) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private async drain(): Promise<void> {
    while (this.queue.length > 0) await this.run(this.queue.splice(0, this.maxBatch));
    this.busy = false;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }
}
