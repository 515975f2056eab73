import { castLiteral, sqlLiteral } from '../../sql';
import type { CcWrite } from '../effect-write';
import type { FragmentContext } from './fragment-context';

/**
 * One `cc_items` row per recipient, resolved against `users` inside the step's statement: only
 * active users get a copy, like notifications. `ON CONFLICT DO NOTHING`: a copy the step already
 * made for that state and user is kept once rather than failing the step.
 */
export function ccSentFragment({ cc }: { cc: CcWrite }, c: FragmentContext): string {
  return `INSERT INTO cc_items (id, instance_id, seq, definition_key, state_path, recipient, sent_by, comment, created_at)
  SELECT gen_random_uuid(), ${c.instanceId}, ${c.seq}, ${sqlLiteral(cc.definitionKey)}, ${sqlLiteral(cc.statePath)},
    u.username, ${sqlLiteral(cc.sentBy)}, ${sqlLiteral(cc.comment ?? null, 'cc_items.comment')}, ${c.at}
  FROM users u WHERE u.active AND u.username = ANY(${castLiteral(cc.recipients, 'text[]', 'cc_items.recipient')})
  ON CONFLICT DO NOTHING`;
}
