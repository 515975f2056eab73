WITH history_entry AS (
  INSERT INTO instance_events (instance_id, seq, type, data, actor, at, state_after, prev_hash, hash)
  VALUES ('00000000-0000-4000-8000-000000000001'::uuid, 1::int, '@start',
    '{"days":3}'::jsonb, 'staff', '2026-03-02T10:00:00.000Z'::timestamptz,
    '{"review":"hr"}'::jsonb, '0000000000000000000000000000000000000000000000000000000000000000', 'hash-1')
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
)
INSERT INTO instances (id, definition_key, definition_version, status, state, snapshot, business_key, started_by,
  seq, last_hash, created_at, updated_at)
VALUES ('00000000-0000-4000-8000-000000000001'::uuid, 'leave', 3::int, 'running', '{"review":"hr"}'::jsonb,
   E'{"status":"active","value":{"review":"hr"},"context":{"days":3,"note":"it''s C:\\\\tmp"}}'::jsonb, NULL, 'staff',
  1::int, 'hash-1', '2026-03-02T10:00:00.000Z'::timestamptz, '2026-03-02T10:00:00.000Z'::timestamptz)
RETURNING liucheng_start_search_values(id, definition_key, snapshot->'context')
