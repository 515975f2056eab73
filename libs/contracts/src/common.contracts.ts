/** A label a user sees, in both languages. */
export interface LocalizedLabel {
  zh: string;
  en: string;
}

/** XState's state value: a string for an atomic state, nested objects otherwise. */
export type StateValueContract = string | { [key: string]: StateValueContract };

/** One problem: a JSON Pointer into a request body, or a dotted path into a definition spec. */
export interface ProblemContract {
  path: string;
  message: string;
}

/** The body of every 4xx/5xx answer. */
export interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
  details?: {
    errors?: ProblemContract[];
    acceptedEvents?: string[];
    reason?: string;
    [key: string]: unknown;
  };
}
