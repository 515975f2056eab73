// Which spec one side of a comparison shows: a published version or the current draft.
import type { DefinitionVersionSummary } from '@liucheng/contracts';

export type VersionChoice = number | 'draft';

/**
 * The default comparison: the latest version against the draft when there is one, else the last two versions.
 * @example defaultComparison([{version: 1}, {version: 2}], false) // [1, 2]
 */
export function defaultComparison(
  versions: Pick<DefinitionVersionSummary, 'version'>[],
  hasDraft: boolean,
): [VersionChoice, VersionChoice] | null {
  const numbers = versions.map((v) => v.version).sort((a, b) => a - b);
  const latest = numbers.at(-1);
  if (latest === undefined) return null;
  if (hasDraft) return [latest, 'draft'];
  if (numbers.length < 2) return null;
  return [numbers[numbers.length - 2], latest];
}
