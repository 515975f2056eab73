// Loads the spec one side of a comparison shows (a published version, or the draft passed in).
import { useDefinitionVersion } from '../../api/definitions.api';
import type { VersionChoice } from './version-choice';

export interface ChoiceSpec {
  spec: unknown;
  loading: boolean;
  error: unknown;
}

/** The spec of `choice`: the draft as given, or the published version fetched (and cached for good). */
export function useChoiceSpec(key: string, choice: VersionChoice | null, draft: unknown): ChoiceSpec {
  const version = typeof choice === 'number' ? choice : null;
  const query = useDefinitionVersion(key, version);
  if (choice === 'draft') return { spec: draft, loading: false, error: null };
  if (choice === null) return { spec: undefined, loading: false, error: null };
  return { spec: query.data?.spec, loading: query.isPending, error: query.error };
}
