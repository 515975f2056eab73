import { jsonLiteral, sqlLiteral } from '../../sql';
import type { EffectWrite } from '../effect-write';
import type { FragmentContext } from './fragment-context';

type Notification = Extract<EffectWrite, { kind: 'notification' }>;

/** Appends a notification for its recipient, tied to the step's history entry. */
export function notificationFragment({ notification: n }: Notification, c: FragmentContext): string {
  return `INSERT INTO notifications (id, instance_id, seq, recipient, message, data, created_at)
  VALUES (gen_random_uuid(), ${c.instanceId}, ${c.seq}, ${sqlLiteral(n.to)}, ${jsonLiteral(n.message, 'jsonb', 'notifications.message')},
    ${jsonLiteral(n.data ?? null, 'jsonb', 'notifications.data')}, ${c.at})`;
}
