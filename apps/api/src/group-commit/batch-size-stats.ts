/** Upper bounds of the batch-size histogram's buckets (the last one is open). */
const BUCKETS = [1, 2, 4, 8, 16, 32, 64] as const;

export interface BatchSizeSnapshot {
  batches: number;
  events: number;
  meanBatchSize: number;
  maxBatchSize: number;
  /** Batches per size bucket: `"1"`, `"2"`, `"3-4"`, … `"33-64"`, `">64"`. */
  histogram: Record<string, number>;
  /** Events whose own error rolled back to their savepoint (the rest of the batch committed). */
  rolledBackEvents: number;
  /** Batches re-run one transaction per event (deadlock, serialization failure, failed COMMIT). */
  fallbackBatches: number;
  /** Batches whose connection was lost: every client of the batch got a 503. */
  failedBatches: number;
}

function bucketLabels(): string[] {
  return [
    ...BUCKETS.map((upTo, i) => (i === 0 || BUCKETS[i - 1] + 1 === upTo ? `${upTo}` : `${BUCKETS[i - 1] + 1}-${upTo}`)),
    `>${BUCKETS[BUCKETS.length - 1]}`,
  ];
}

/** Counts of the batches a group-commit batcher ran, for the admin endpoint and the shutdown log. */
export class BatchSizeStats {
  private batches = 0;
  private events = 0;
  private max = 0;
  private readonly counts = new Array<number>(BUCKETS.length + 1).fill(0);
  rolledBackEvents = 0;
  fallbackBatches = 0;
  failedBatches = 0;

  record(size: number): void {
    this.batches += 1;
    this.events += size;
    this.max = Math.max(this.max, size);
    const bucket = BUCKETS.findIndex((upTo) => size <= upTo);
    this.counts[bucket === -1 ? BUCKETS.length : bucket] += 1;
  }

  snapshot(): BatchSizeSnapshot {
    const labels = bucketLabels();
    return {
      batches: this.batches,
      events: this.events,
      meanBatchSize: this.batches === 0 ? 0 : this.events / this.batches,
      maxBatchSize: this.max,
      histogram: Object.fromEntries(labels.map((label, i) => [label, this.counts[i]])),
      rolledBackEvents: this.rolledBackEvents,
      fallbackBatches: this.fallbackBatches,
      failedBatches: this.failedBatches,
    };
  }
}
