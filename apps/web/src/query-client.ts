// react-query defaults: no retries for 4xx (they will not change), a short stale time.
import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './api/api-error';

/** Creates the app's QueryClient. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 5_000,
        refetchOnWindowFocus: false,
        retry: (failures, error) =>
          !(error instanceof ApiError && error.status >= 400 && error.status < 500) && failures < 2,
      },
      mutations: { retry: false },
    },
  });
}
