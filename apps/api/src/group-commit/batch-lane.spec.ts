import { setTimeout as sleep } from 'node:timers/promises';
import { BatchLane, laneOf } from './batch-lane';

describe('laneOf', () => {
  it('puts the same key in the same lane and spreads keys over every lane', () => {
    const keys = Array.from({ length: 400 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
    const lanes = keys.map((key) => laneOf(key, 4));
    expect(keys.map((key) => laneOf(key, 4))).toEqual(lanes);
    const perLane = [0, 1, 2, 3].map((lane) => lanes.filter((l) => l === lane).length);
    expect(Math.min(...perLane)).toBeGreaterThan(60);
    expect(lanes.every((l) => l >= 0 && l < 4)).toBe(true);
  });
});

describe('BatchLane', () => {
  /** A lane whose batches take `ms` each and are recorded. */
  function recordingLane(maxBatch: number, ms = 5, maxWaitMs = 0) {
    const batches: number[][] = [];
    const lane = new BatchLane<number>(
      async (items) => {
        batches.push(items);
        await sleep(ms);
      },
      maxBatch,
      maxWaitMs,
    );
    return { lane, batches };
  }

  it('runs a lone item at once, in a batch of one', async () => {
    const { lane, batches } = recordingLane(32);
    const started = Date.now();
    lane.push(1);
    await lane.idle();
    expect(batches).toEqual([[1]]);
    expect(Date.now() - started).toBeLessThan(50);
  });

  it('collects items pushed in the same turn, and those that arrive while a batch runs, in order', async () => {
    const { lane, batches } = recordingLane(32, 20);
    lane.push(1);
    lane.push(2);
    await sleep(5);
    for (let i = 3; i <= 6; i += 1) lane.push(i);
    await lane.idle();
    expect(batches).toEqual([
      [1, 2],
      [3, 4, 5, 6],
    ]);
  });

  it('splits a long queue into batches of at most maxBatch', async () => {
    const { lane, batches } = recordingLane(3);
    for (let i = 1; i <= 7; i += 1) lane.push(i);
    await lane.idle();
    expect(batches).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
  });

  it('waits maxWaitMs before an idle lane starts', async () => {
    const { lane, batches } = recordingLane(32, 1, 3);
    lane.push(1);
    await sleep(1);
    lane.push(2);
    await lane.idle();
    expect(batches).toEqual([[1, 2]]);
  });

  it('is idle at once when nothing was pushed', async () => {
    const { lane, batches } = recordingLane(32);
    await lane.idle();
    expect(batches).toEqual([]);
  });
});
