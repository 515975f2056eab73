// What the designer header and publish button show, from the definition's detail and unsaved edits.
import type { DefinitionDetail } from '@liucheng/contracts';

export interface PublishState {
  /** There is something to publish: a saved draft, or edits autosave will save first. */
  hasDraft: boolean;
  /** The newest published version (what the draft is based on), or null before the first publish. */
  basedOn: number | null;
}

/**
 * Publishing without a draft is refused by the server (409), so the button needs a draft.
 * @param detail GET /api/definitions/:key
 * @param dirty the store has edits not yet saved (publishing saves them first)
 */
export function publishState(detail: Pick<DefinitionDetail, 'versions' | 'draft'>, dirty: boolean): PublishState {
  const latest = Math.max(0, ...detail.versions.map((v) => v.version));
  return { hasDraft: dirty || detail.draft !== null, basedOn: latest === 0 ? null : latest };
}
