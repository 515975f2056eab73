// The ledger's filters, kept in the URL (a search can be shared and survives a reload).
import type { LedgerGroupBy, LedgerKindContract } from '@liucheng/contracts';
import type { LedgerSearch } from '../api/ledger.api';

export const LEDGER_GROUPS: readonly LedgerGroupBy[] = ['person', 'department', 'month'];
export const LEDGER_KINDS: readonly LedgerKindContract[] = ['fine', 'points', 'penalty'];
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function readLedgerSearch(params: URLSearchParams): LedgerSearch {
  const groupBy = params.get('groupBy');
  const kind = params.get('kind');
  const from = params.get('from');
  const to = params.get('to');
  return {
    groupBy: (LEDGER_GROUPS as readonly string[]).includes(groupBy ?? '') ? (groupBy as LedgerGroupBy) : 'person',
    ...((LEDGER_KINDS as readonly string[]).includes(kind ?? '') ? { kind: kind as LedgerKindContract } : {}),
    ...(from && DAY.test(from) ? { from } : {}),
    ...(to && DAY.test(to) ? { to } : {}),
  };
}

export function writeLedgerSearch(search: LedgerSearch): URLSearchParams {
  const params = new URLSearchParams();
  if (search.from) params.set('from', search.from);
  if (search.to) params.set('to', search.to);
  if (search.groupBy !== 'person') params.set('groupBy', search.groupBy);
  if (search.kind) params.set('kind', search.kind);
  return params;
}
