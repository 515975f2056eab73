import type { Logger } from '@nestjs/common';

/**
 * One worker's background loop: runs `turn` after the first delay, then again after the delay the
 * turn returns (a failed turn is logged and waits `fallbackMs`). One turn at a time; `stop` waits
 * for a running turn, so a closing app never cuts a transaction short.
 */
export class PollingLoop {
  private handle?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = false;

  constructor(
    private readonly turn: () => Promise<number>,
    private readonly fallbackMs: number,
    private readonly logger: Logger,
  ) {}

  /** Plans the next turn in `ms`, replacing one already planned. */
  schedule(ms: number): void {
    if (this.stopped) return;
    if (this.handle) clearTimeout(this.handle);
    this.handle = setTimeout(() => {
      this.handle = undefined;
      this.running = this.run().finally(() => (this.running = undefined));
    }, ms);
  }

  /** A turn now, unless one is running (it plans the next itself). */
  wake(): void {
    if (!this.stopped && !this.running) this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.handle) clearTimeout(this.handle);
    await this.running;
  }

  private async run(): Promise<void> {
    let next = this.fallbackMs;
    try {
      next = await this.turn();
    } catch (error) {
      this.logger.error(error instanceof Error ? error.message : String(error));
    }
    this.schedule(next);
  }
}
