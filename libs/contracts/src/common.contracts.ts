/** A label a user sees, in both languages. */
export interface LocalizedLabel {
  zh: string;
  en: string;
}

/** One of a definition's `meta.summary` fields as a row shows it: label and the instance's value. */
export interface SummaryField {
  label: LocalizedLabel;
  /** The context value (a scalar), null when the instance has none yet. */
  value: string | number | boolean | null;
  /** `money`: ¥1,234.00; `date`: in the reader's language; absent or `text`: as it is. */
  format?: 'text' | 'money' | 'date';
}

/** XState's state value: a string for an atomic state, nested objects otherwise. */
export type StateValueContract = string | { [key: string]: StateValueContract };

/** One problem: a JSON Pointer into a request body, or a dotted path into a definition spec. */
export interface ProblemContract {
  path: string;
  message: string;
  /** Stable machine-readable kind (kebab-case, or the JSON Schema keyword for data); clients label by it. */
  code?: string;
  /** Plain data for the label (e.g. `{target: 'nowhere'}`, ajv's params). */
  params?: Record<string, unknown>;
  /** `error` blocks (publishing, the event); `warning` is advice only. Absent means `error`. */
  severity?: 'error' | 'warning';
}

/** The body of every 4xx/5xx answer. */
export interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
  /** A stable name for the whole answer, e.g. `database-unavailable` on a 503. */
  code?: string;
  details?: {
    errors?: ProblemContract[];
    acceptedEvents?: string[];
    reason?: string;
    [key: string]: unknown;
  };
}
