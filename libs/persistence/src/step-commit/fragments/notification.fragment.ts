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
      return `u.id = ${managerIdOf(sqlLiteral(recipients.username))}`;
    case 'role':
      return `EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = u.id AND r.role = ${sqlLiteral(recipients.role)})`;
  }
}

/**
 * The manager's user id as the engine's `managerOf` decides it: the explicit manager (not the
 * user), else the head of the user's department or of the nearest department above whose head
 * is not the user.
 */
function managerIdOf(username: string): string {
  return `COALESCE(
    (SELECT s.manager_id FROM users s WHERE s.username = ${username} AND s.manager_id <> s.id),
    (WITH RECURSIVE up (id, parent_id, head_user_id, depth) AS (
        SELECT d.id, d.parent_id, d.head_user_id, 0 FROM departments d JOIN users s ON s.department_id = d.id
          WHERE s.username = ${username}
        UNION ALL
        SELECT p.id, p.parent_id, p.head_user_id, up.depth + 1 FROM departments p JOIN up ON p.id = up.parent_id
          WHERE up.depth < 50)
      SELECT up.head_user_id FROM up WHERE up.head_user_id IS NOT NULL
        AND up.head_user_id <> (SELECT s.id FROM users s WHERE s.username = ${username})
      ORDER BY up.depth LIMIT 1))`;
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
