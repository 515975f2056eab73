SELECT liucheng_step_event('00000000-0000-4000-8000-000000000001'::uuid, 5::int, 'APPROVE',
  '{"comment":"ok, it''s fine"}'::jsonb, 'leader', '2026-03-02T10:00:00.000Z'::timestamptz,
  '{"review":"hr"}'::jsonb, 'hash-4', 'hash-5',
  'running',  E'{"status":"active","value":{"review":"hr"},"context":{"days":3,"note":"it''s C:\\\\tmp"}}'::jsonb);
WITH task_closed_0 AS (
  UPDATE tasks SET status = 'done', completed_at = '2026-03-02T10:00:00.000Z'::timestamptz,
    completed_by = 'leader', outcome = 'APPROVE'
  WHERE id = '00000000-0000-4000-8000-0000000000a1'::uuid AND status = 'open'
),
task_opened_0 AS (
  INSERT INTO tasks (id, instance_id, definition_key, state_path, title, candidate_roles, assignee, status,
    outcomes, form_schema, due_at, created_at, completed_at, completed_by, outcome, slot, on_behalf_of, proxy_until,
    delegated_by)
  VALUES ('00000000-0000-4000-8000-0000000000a2'::uuid, '00000000-0000-4000-8000-000000000001'::uuid, 'leave', 'review.hr',
    '{"zh":"人事审批","en":"HR''s review"}'::jsonb, ARRAY['hr']::text[], 'leader',
    'open', ARRAY['OK']::text[], '{"type":"object","properties":{"comment":{"type":"string"}}}'::json,
    '2026-03-05T10:00:00.000Z'::timestamptz, '2026-03-02T10:00:00.000Z'::timestamptz, NULL::timestamptz,
    NULL, NULL, NULL,
    NULL, NULL::timestamptz,
    NULL)
),
timer_scheduled_0 AS (
  INSERT INTO timers (instance_id, timer_id, event_type, state_path, due_at, status, created_at, fired_at)
  VALUES ('00000000-0000-4000-8000-000000000001'::uuid, 'xstate.after.P3D.leave.review.hr', 'xstate.after.P3D.leave.review.hr', 'review.hr',
    '2026-03-05T10:00:00.000Z'::timestamptz, 'scheduled', '2026-03-02T10:00:00.000Z'::timestamptz, NULL)
  ON CONFLICT (instance_id, timer_id) DO UPDATE SET event_type = EXCLUDED.event_type, state_path = EXCLUDED.state_path,
    due_at = EXCLUDED.due_at, status = 'scheduled', created_at = EXCLUDED.created_at, fired_at = NULL,
    attempts = 0, next_attempt_at = NULL, last_error = NULL, failed_at = NULL
),
timer_cancelled_0 AS (
  UPDATE timers SET status = 'cancelled'
  WHERE instance_id = '00000000-0000-4000-8000-000000000001'::uuid AND timer_id = 'xstate.after.P1D.leave.review.leader' AND status = 'scheduled'
),
timer_fired_0 AS (
  UPDATE timers SET status = 'fired', fired_at = '2026-03-02T10:00:00.000Z'::timestamptz
  WHERE instance_id = '00000000-0000-4000-8000-000000000001'::uuid AND timer_id = 'remind' AND status = 'scheduled'
),
notification_0 AS (
  INSERT INTO notifications (id, instance_id, seq, recipient, target, message, data, created_at)
  SELECT gen_random_uuid(), '00000000-0000-4000-8000-000000000001'::uuid, 5::int, u.username, 'starter',
    '{"zh":"已批准","en":"Approved"}'::jsonb, 'null'::jsonb, '2026-03-02T10:00:00.000Z'::timestamptz
  FROM users u WHERE u.active AND u.username = 'staff'
  RETURNING id, recipient
),
notification_1 AS (
  INSERT INTO notifications (id, instance_id, seq, recipient, target, message, data, created_at)
  SELECT gen_random_uuid(), '00000000-0000-4000-8000-000000000001'::uuid, 5::int, u.username, 'role:hr',
    '{"zh":"请审批","en":"Please review"}'::jsonb, '{"days":3}'::jsonb, '2026-03-02T10:00:00.000Z'::timestamptz
  FROM users u WHERE u.active AND EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = u.id AND r.role = 'hr')
  RETURNING id, recipient
),
notification_1_webhook AS (
  INSERT INTO notification_deliveries (id, notification_id, channel, status, attempts, next_attempt_at, created_at)
  SELECT gen_random_uuid(), n.id, 'webhook', 'pending', 0, '2026-03-02T10:00:00.000Z'::timestamptz, '2026-03-02T10:00:00.000Z'::timestamptz FROM notification_1 n
),
notification_1_email AS (
  INSERT INTO notification_deliveries (id, notification_id, channel, status, attempts, next_attempt_at, created_at)
  SELECT gen_random_uuid(), n.id, 'email', 'pending', 0, '2026-03-02T10:00:00.000Z'::timestamptz, '2026-03-02T10:00:00.000Z'::timestamptz FROM notification_1 n
  WHERE EXISTS (SELECT 1 FROM users u WHERE u.username = n.recipient AND u.email IS NOT NULL)
),
notification_2 AS (
  INSERT INTO notifications (id, instance_id, seq, recipient, target, message, data, created_at)
  SELECT gen_random_uuid(), '00000000-0000-4000-8000-000000000001'::uuid, 5::int, u.username, 'starter.manager',
    '{"zh":"已提交","en":"Submitted"}'::jsonb, 'null'::jsonb, '2026-03-02T10:00:00.000Z'::timestamptz
  FROM users u WHERE u.active AND u.id = COALESCE(
    (SELECT s.manager_id FROM users s WHERE s.username = 'staff' AND s.manager_id <> s.id),
    (WITH RECURSIVE up (id, parent_id, head_user_id, depth) AS (
        SELECT d.id, d.parent_id, d.head_user_id, 0 FROM departments d JOIN users s ON s.department_id = d.id
          WHERE s.username = 'staff'
        UNION ALL
        SELECT p.id, p.parent_id, p.head_user_id, up.depth + 1 FROM departments p JOIN up ON p.id = up.parent_id
          WHERE up.depth < 50)
      SELECT up.head_user_id FROM up WHERE up.head_user_id IS NOT NULL
        AND up.head_user_id <> (SELECT s.id FROM users s WHERE s.username = 'staff')
      ORDER BY up.depth LIMIT 1))
  RETURNING id, recipient
),
cc_sent_0 AS (
  INSERT INTO cc_items (id, instance_id, seq, definition_key, state_path, recipient, sent_by, comment, created_at)
  SELECT gen_random_uuid(), '00000000-0000-4000-8000-000000000001'::uuid, 5::int, 'leave', 'review.hr',
    u.username, 'leader', 'FYI, see the
attached plan', '2026-03-02T10:00:00.000Z'::timestamptz
  FROM users u WHERE u.active AND u.username = ANY(ARRAY['finance', 'o''brien']::text[])
  ON CONFLICT DO NOTHING
),
attachment_bound_0 AS (
  UPDATE attachments SET instance_id = '00000000-0000-4000-8000-000000000001'::uuid, seq = 5::int
  WHERE id = '00000000-0000-4000-8000-0000000000a1'::uuid AND instance_id IS NULL
),
idempotency_answer AS (
  UPDATE idempotency_keys SET response_status = 200::int,
    response_body = '{"id":"00000000-0000-4000-8000-000000000001","seq":5}'::jsonb
  WHERE username = 'leader' AND route = 'POST /api/instances/00000000-0000-4000-8000-000000000001/events'
    AND key = 'key-1'
)
SELECT NULL
