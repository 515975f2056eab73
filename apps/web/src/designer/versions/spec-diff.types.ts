// The result of comparing two definition specs.
import type { LocalizedText } from '@liucheng/engine';
import type { TransitionKind } from './spec-walk';

export type ChangeKind = 'added' | 'removed' | 'changed';

export interface StateDiffEntry {
  path: string;
  /** The state's title in the newer spec (the older one for a removed state). */
  title?: LocalizedText;
  /** Own fields that differ (`changed` only), e.g. `["meta", "on"]`. */
  fields: string[];
}

export interface TransitionDiffEntry {
  /** `<source>|<kind>|<event>|<index>`. */
  key: string;
  source: string;
  kind: TransitionKind;
  event: string;
  index: number;
  /** Targets in the newer spec (the older one for a removed transition). */
  targets: string[];
}

export interface SpecDiff {
  states: Record<ChangeKind, StateDiffEntry[]>;
  transitions: Record<ChangeKind, TransitionDiffEntry[]>;
  /** Top-level fields (other than `states`) that differ: `meta`, `context`, `initial`, … */
  rootFields: string[];
  /** True when nothing differs (layout positions are ignored). */
  identical: boolean;
  /** One line per change, in both languages. */
  summary: { zh: string[]; en: string[] };
}
