// Ledgers of fines, points and penalties, and per-version analytics (docs/http-api.md "Ledgers and analytics").
import type { LocalizedLabel } from './common.contracts';

export type LedgerKindContract = 'fine' | 'points' | 'penalty';
export type LedgerGroupBy = 'person' | 'department' | 'month';

/** A unit: a department of the organisation (`id` set) or a unit named in a record that matches none. */
export interface LedgerDepartment {
  id: string | null;
  name: LocalizedLabel;
}

export interface LedgerPerson {
  username: string;
  displayName: LocalizedLabel;
}

export interface LedgerEntryContract {
  kind: LedgerKindContract;
  /** CNY for fines and penalties, points for points. */
  amount: number;
  person: LedgerPerson | null;
  department: LedgerDepartment | null;
  at: string;
  /** yyyy-MM in Asia/Shanghai. */
  month: string;
  reason: LocalizedLabel;
  instanceId: string;
  definitionKey: string;
  definitionTitle: LocalizedLabel;
  businessKey: string | null;
}

export interface LedgerTotal {
  /** Username, department id (or `unit:<name>`, `none`) or yyyy-MM. */
  key: string;
  label: LocalizedLabel;
  /** CNY. */
  fine: number;
  /** CNY. */
  penalty: number;
  points: number;
  entries: number;
}

export interface LedgerReport {
  from: string | null;
  to: string | null;
  groupBy: LedgerGroupBy;
  kind: LedgerKindContract | null;
  totals: LedgerTotal[];
  /** Newest first. */
  entries: LedgerEntryContract[];
}

/** The monthly 100-point assessment: points each unit earned in a month, reported to the assessment group. */
export interface AssessmentReport {
  month: string;
  /** Who reports and to whom (lead-report `meta.monthlyReport`), when the definition says. */
  reportedBy: string | null;
  reportedTo: LocalizedLabel | null;
  units: Array<{ department: LedgerDepartment | null; points: number; entries: number }>;
  totalPoints: number;
}

export interface StateCycleTimeContract {
  count: number;
  current: number;
  medianMs: number | null;
  p90Ms: number | null;
}

export interface VersionAnalyticsReport {
  definitionKey: string;
  version: number;
  at: string;
  instances: number;
  byStatus: Record<string, number>;
  states: Record<string, StateCycleTimeContract>;
  tasksWithDue: number;
  overdue: number;
  overdueRate: number | null;
}
