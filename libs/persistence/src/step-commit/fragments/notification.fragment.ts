import { jsonLiteral, sqlLiteral } from '../../sql';
import type { FollowUp } from '../effect-fragments';
import type { EffectWrite, NotificationChannel, NotificationRecipients } from '../effect-write';
import type { FragmentContext } from './fragment-context';

type Notification = Extract<EffectWrite, { kind: 'notification' }>;

/** The `WHERE` over `users u` that picks the recipients; only active users are notified. */
function recipientsWhere(recipients: NotificationRecipients): string {
  switch (recipients.kind) {
    case 'user':
      return `u.username = ${sqlLiteral(recipients.username)}`;
    case 'managerOf':
      return `u.id = (SELECT s.manager_id FROM users s WHERE s.username = ${sqlLiteral(recipients.username)})`;
    case 'role':
      return `EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = u.id AND r.role = ${sqlLiteral(recipients.role)})`;
  }
}

/**
 * One notification row per recipient user, resolved from `users` inside the step's own
 * statement (no extra round trip for a role lookup), tied to the step's history entry.
 */
export function notificationFragment({ notification: n }: Notification, c: FragmentContext): string {
  return `INSERT INTO notifications (id, instance_id, seq, recipient, target, message, data, created_at)
  SELECT gen_random_uuid(), ${c.instanceId}, ${c.seq}, u.username, ${sqlLiteral(n.to)},
    ${jsonLiteral(n.message, 'jsonb', 'notifications.message')}, ${jsonLiteral(n.data ?? null, 'jsonb', 'notifications.data')}, ${c.at}
  FROM users u WHERE u.active AND ${recipientsWhere(n.recipients)}
  RETURNING id, recipient`;
}

/** The delivery intent per configured channel, in the same statement: the event's transaction records it. */
export function notificationDeliveryFragments(
  { notification: n }: Notification,
  c: FragmentContext,
  name: string,
): FollowUp[] {
  return n.channels.map((channel: NotificationChannel) => ({
    suffix: channel,
    statement: `INSERT INTO notification_deliveries (id, notification_id, channel, status, attempts, next_attempt_at, created_at)
  SELECT gen_random_uuid(), n.id, ${sqlLiteral(channel)}, 'pending', 0, ${c.at}, ${c.at} FROM ${name} n${
    channel === 'email'
      ? `\n  WHERE EXISTS (SELECT 1 FROM users u WHERE u.username = n.recipient AND u.email IS NOT NULL)`
      : ''
  }`,
  }));
}
