import { BatchSizeStats } from './batch-size-stats';

describe('BatchSizeStats', () => {
  it('counts batches, events, mean, max and a power-of-two histogram', () => {
    const stats = new BatchSizeStats();
    for (const size of [1, 1, 2, 3, 4, 5, 17, 32, 60]) stats.record(size);
    expect(stats.snapshot()).toEqual({
      batches: 9,
      events: 125,
      meanBatchSize: 125 / 9,
      maxBatchSize: 60,
      histogram: { '1': 2, '2': 1, '3-4': 2, '5-8': 1, '9-16': 0, '17-32': 2, '33-64': 1, '>64': 0 },
      rolledBackEvents: 0,
      fallbackBatches: 0,
      failedBatches: 0,
    });
  });

  it('reports zeros before any batch', () => {
    expect(new BatchSizeStats().snapshot()).toMatchObject({ batches: 0, meanBatchSize: 0, maxBatchSize: 0 });
  });
});
