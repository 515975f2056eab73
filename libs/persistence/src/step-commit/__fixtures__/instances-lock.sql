SELECT i.id, i.definition_key, i.definition_version, i.status, i.state, i.snapshot, i.business_key, i.started_by, i.seq, i.last_hash, i.created_at, i.updated_at,
  (SELECT COALESCE(json_agg(t ORDER BY t.created_at, t.id), '[]'::json) FROM tasks t WHERE t.instance_id = i.id AND t.status = 'open') AS open_tasks,
  NULL AS actor_token_version,
  EXISTS (SELECT 1 FROM search_fields f WHERE f.definition_key = i.definition_key) AS search_declared
FROM instances i WHERE i.id IN ('00000000-0000-4000-8000-000000000001'::uuid, '00000000-0000-4000-8000-000000000002'::uuid) FOR UPDATE
