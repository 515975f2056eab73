import { groupCommitFromEnv, groupCommitSettings } from './group-commit-options';

describe('group commit settings', () => {
  it('is off by default, with 4 lanes, batches of 32 and no extra wait', () => {
    expect(groupCommitSettings(groupCommitFromEnv({}), false)).toEqual({
      enabled: false,
      lanes: 4,
      maxBatch: 32,
      maxWaitMs: 0,
    });
  });

  it('reads the environment', () => {
    const env = {
      LIUCHENG_GROUP_COMMIT: '1',
      LIUCHENG_GROUP_COMMIT_LANES: '8',
      LIUCHENG_GROUP_COMMIT_MAX_BATCH: '16',
      LIUCHENG_GROUP_COMMIT_WAIT_MS: '1',
    };
    expect(groupCommitSettings(groupCommitFromEnv(env), false)).toEqual({
      enabled: true,
      lanes: 8,
      maxBatch: 16,
      maxWaitMs: 1,
    });
  });

  it('uses one lane on embedded PGlite, which serves one transaction at a time', () => {
    expect(groupCommitSettings({ enabled: true, lanes: 8 }, true)).toMatchObject({ enabled: true, lanes: 1 });
  });

  it('refuses a typo instead of ignoring it', () => {
    expect(() => groupCommitFromEnv({ LIUCHENG_GROUP_COMMIT: 'yes' })).toThrow('LIUCHENG_GROUP_COMMIT must be 0 or 1');
    expect(() => groupCommitFromEnv({ LIUCHENG_GROUP_COMMIT_LANES: 'four' })).toThrow(
      'LIUCHENG_GROUP_COMMIT_LANES must be a whole number',
    );
    expect(() => groupCommitSettings({ enabled: true, maxBatch: 64 }, false)).toThrow(
      'group commit maxBatch must be a whole number from 1 to 60',
    );
  });
});
