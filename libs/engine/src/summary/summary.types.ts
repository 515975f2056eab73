import type { LocalizedText } from '../definition/definition.types';

/** How a summary value is shown: `money` as ¥1,234.00, `date` in the reader's language, else as text. */
export type SummaryFormat = 'text' | 'money' | 'date';

/** One entry of a definition's `meta.summary`: a context path shown in every inbox/instance row. */
export interface SummaryFieldSpec {
  path: string;
  label: LocalizedText;
  format?: SummaryFormat;
}

/** A summary entry as a row carries it: the label and the context's value (null when absent). */
export interface SummaryValue {
  label: LocalizedText;
  value: unknown;
  format?: SummaryFormat;
}
