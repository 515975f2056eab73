import { DEFAULT_APPLICATION_NAME, poolSettings } from './pool-settings';

describe('poolSettings', () => {
  it('bounds every wait by default and names the connections', () => {
    expect(poolSettings(10, {})).toEqual({
      max: 10,
      idleTimeoutMillis: 10_000,
      connectionTimeoutMillis: 5_000,
      query_timeout: 30_000,
      statement_timeout: 29_000,
      idle_in_transaction_session_timeout: 60_000,
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
      application_name: DEFAULT_APPLICATION_NAME,
    });
  });

  it('takes the timeouts from the environment, ignoring values that are not positive numbers', () => {
    const settings = poolSettings(4, { LIUCHENG_DB_CONNECT_TIMEOUT_MS: '1500', LIUCHENG_DB_QUERY_TIMEOUT_MS: '90000' });
    expect(settings).toMatchObject({
      connectionTimeoutMillis: 1_500,
      query_timeout: 90_000,
      statement_timeout: 89_000,
      idle_in_transaction_session_timeout: 180_000,
    });
    expect(
      poolSettings(4, { LIUCHENG_DB_CONNECT_TIMEOUT_MS: 'soon', LIUCHENG_DB_QUERY_TIMEOUT_MS: '-1' }),
    ).toMatchObject({ connectionTimeoutMillis: 5_000, query_timeout: 30_000 });
  });
});
