// The start's commit as it was sent before StartPathFunctions1766900000000: one statement of
// data-modifying CTEs (history entry, every effect, the answer) hanging on the instance INSERT.
// Kept here as the reference the start functions must match row for row (start-writes.spec.ts).
import { castLiteral, effectCtes, jsonLiteral, sqlLiteral, type StepCommit } from '@liucheng/persistence';

const cte = (name: string, statement: string) => `${name} AS (\n  ${statement}\n)`;

export function writtenOutStartSql(commit: StepCommit): string {
  const row = commit.instance;
  const c = {
    instanceId: castLiteral(row.id, 'uuid'),
    at: castLiteral(row.updated_at.toISOString(), 'timestamptz'),
    seq: castLiteral(row.seq, 'int'),
  };
  const entry = commit.history;
  const history = `INSERT INTO instance_events (instance_id, seq, type, data, actor, at, state_after, prev_hash, hash)
  VALUES (${c.instanceId}, ${c.seq}, ${sqlLiteral(entry.type)},
    ${jsonLiteral(entry.data, 'jsonb')}, ${sqlLiteral(entry.actor)}, ${c.at},
    ${jsonLiteral(row.state, 'jsonb')}, ${sqlLiteral(entry.prevHash)}, ${sqlLiteral(row.last_hash)})`;
  const ctes = [cte('history_entry', history), ...effectCtes(commit.effects, c)];
  if (commit.answer) {
    const a = commit.answer;
    ctes.push(
      cte(
        'idempotency_answer',
        `UPDATE idempotency_keys SET response_status = ${castLiteral(a.status, 'int')},
    response_body = ${jsonLiteral(a.body, 'jsonb')}
  WHERE username = ${sqlLiteral(a.username)} AND route = ${sqlLiteral(a.route)}
    AND key = ${sqlLiteral(a.key)}`,
      ),
    );
  }
  return `WITH ${ctes.join(',\n')}
INSERT INTO instances (id, definition_key, definition_version, status, state, snapshot, business_key, started_by,
  seq, last_hash, created_at, updated_at)
VALUES (${c.instanceId}, ${sqlLiteral(row.definition_key)}, ${castLiteral(row.definition_version, 'int')}, ${sqlLiteral(row.status)}, ${jsonLiteral(row.state, 'jsonb')},
  ${jsonLiteral(row.snapshot, 'jsonb')}, ${sqlLiteral(row.business_key)}, ${sqlLiteral(row.started_by)},
  ${c.seq}, ${sqlLiteral(row.last_hash)}, ${c.at}, ${c.at})`;
}
