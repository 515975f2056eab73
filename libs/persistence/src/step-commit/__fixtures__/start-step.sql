SELECT liucheng_start_instance('00000000-0000-4000-8000-000000000001'::uuid, 'leave', 3::int,
  'running', '{"review":"hr"}'::jsonb,  E'{"status":"active","value":{"review":"hr"},"context":{"days":3,"note":"it''s C:\\\\tmp"}}'::jsonb, NULL, 'staff',
  1::int, 'hash-1', '2026-03-02T10:00:00.000Z'::timestamptz, '@start', '{"days":3}'::jsonb, 'staff', '0000000000000000000000000000000000000000000000000000000000000000');
SELECT liucheng_open_task('00000000-0000-4000-8000-0000000000a2'::uuid, '00000000-0000-4000-8000-000000000001'::uuid, 'leave', 'review.hr',
    '{"zh":"人事审批","en":"HR''s review"}'::jsonb, ARRAY['hr']::text[], 'leader',
    'open', ARRAY['OK']::text[], '{"type":"object","properties":{"comment":{"type":"string"}}}'::json,
    '2026-03-05T10:00:00.000Z'::timestamptz, '2026-03-02T10:00:00.000Z'::timestamptz, NULL::timestamptz,
    NULL, NULL, NULL,
    NULL, NULL::timestamptz,
    NULL);
WITH notification_0 AS (
  INSERT INTO notifications (id, instance_id, seq, recipient, target, message, data, created_at)
  SELECT gen_random_uuid(), '00000000-0000-4000-8000-000000000001'::uuid, 1::int, u.username, 'starter',
    '{"zh":"已批准","en":"Approved"}'::jsonb, 'null'::jsonb, '2026-03-02T10:00:00.000Z'::timestamptz
  FROM users u WHERE u.active AND u.username = 'staff'
  RETURNING id, recipient
),
idempotency_answer AS (
  UPDATE idempotency_keys SET response_status = 201::int,
    response_body = '{"id":"00000000-0000-4000-8000-000000000001"}'::jsonb
  WHERE username = 'staff' AND route = 'POST /api/instances'
    AND key = 'key-2'
)
SELECT NULL
