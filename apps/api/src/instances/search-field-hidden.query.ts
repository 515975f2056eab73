import type { DataSource } from 'typeorm';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { ApiError } from '../common/api-error';
import { rows } from '../common/transaction';
import { readsAll, readsOwnedDefinitions } from '../policies/instance-access.policy';

/**
 * 表单权限 `hidden` and the search: a comparison on a start-form field is an oracle for its
 * value, and which instances a reader has the field hidden in is decided per instance. So the
 * simplest safe rule: a field some step of a published version (of `definitionKey`, or of any
 * definition without one) hides may be searched only by readers of all and by the owners of
 * every such definition; anyone else gets 403 `search-field-hidden` naming `/field`. Checked on
 * the field's first segment (the start-form field a dotted path reads).
 */
export async function assertFieldSearchable(
  q: DataSource,
  user: AuthenticatedUser,
  path: readonly string[],
  definitionKey: string | undefined,
): Promise<void> {
  if (readsAll(user)) return;
  const field = path[0];
  const found = await rows<{ key: string }>(
    q,
    `SELECT DISTINCT v.key FROM definition_versions v
       CROSS JOIN LATERAL jsonb_path_query(v.spec::jsonb, 'lax $.**.task.fieldAccess') access
      WHERE v.status = 'published' AND ($2::text IS NULL OR v.key = $2) AND access ->> $1 = 'hidden'
        AND NOT ($3::boolean AND EXISTS (SELECT 1 FROM workflow_definitions d WHERE d.key = v.key AND d.owner = $4))
      ORDER BY v.key`,
    [field, definitionKey ?? null, readsOwnedDefinitions(user), user.username],
  );
  if (found.length === 0) return;
  const keys = found.map((r) => r.key);
  const message = `${field} is hidden (表单权限) at a step of ${keys.join(', ')}: only readers of all and the definition's owner may search it`;
  throw new ApiError(403, message, {
    reason: 'search-field-hidden',
    errors: [{ path: '/field', code: 'search-field-hidden', message, params: { field, definitionKeys: keys } }],
  });
}
