// The audit ledger, the monthly assessment and per-version analytics (GET /api/audit/ledger…,
// /api/audit/analytics…), with their react-query hooks and the CSV download.
import type {
  AssessmentReport,
  LedgerGroupBy,
  LedgerKindContract,
  LedgerReport,
  VersionAnalyticsReport,
} from '@liucheng/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from './api-client';
import { downloadWithToken } from './download-file';

export interface LedgerSearch {
  from?: string;
  to?: string;
  groupBy: LedgerGroupBy;
  kind?: LedgerKindContract;
}

function ledgerQuery(search: LedgerSearch): Record<string, string> {
  const query: Record<string, string> = { groupBy: search.groupBy };
  if (search.from) query.from = search.from;
  if (search.to) query.to = search.to;
  if (search.kind) query.kind = search.kind;
  return query;
}

export function useLedger(search: LedgerSearch) {
  const query = ledgerQuery(search);
  return useQuery({
    queryKey: ['audit', 'ledger', query],
    queryFn: ({ signal }) => apiRequest<LedgerReport>('/api/audit/ledger', { query, signal }),
  });
}

export function useAssessment(month: string) {
  return useQuery({
    queryKey: ['audit', 'ledger', 'assessment', month],
    queryFn: ({ signal }) => apiRequest<AssessmentReport>('/api/audit/ledger/assessment', { query: { month }, signal }),
  });
}

export function useVersionAnalytics(key: string, version: number) {
  return useQuery({
    queryKey: ['audit', 'analytics', key, version],
    queryFn: ({ signal }) =>
      apiRequest<VersionAnalyticsReport>(
        `/api/audit/analytics/${encodeURIComponent(key)}/versions/${encodeURIComponent(String(version))}`,
        { signal },
      ),
    enabled: key !== '' && Number.isInteger(version) && version > 0,
  });
}

/** Fetches the ledger as CSV (headings in `lang`) with the session's token and saves it. */
export function downloadLedgerCsv(search: LedgerSearch, lang: string): Promise<void> {
  const query = new URLSearchParams({ ...ledgerQuery(search), format: 'csv', lang });
  return downloadWithToken(
    `/api/audit/ledger?${query.toString()}`,
    `ledger-${search.from ?? 'start'}-${search.to ?? 'now'}.csv`,
  );
}
