import { castLiteral, jsonLiteral, sqlLiteral } from '../../sql';
import type { IdempotencyAnswerWrite } from '../step-commit';

/** Stores the 2xx answer with the key the request claimed, in the same statement as the write. */
export function idempotencyAnswerFragment(answer: IdempotencyAnswerWrite): string {
  return `UPDATE idempotency_keys SET response_status = ${castLiteral(answer.status, 'int')},
    response_body = ${jsonLiteral(answer.body, 'jsonb', 'idempotency_keys.response_body')}
  WHERE username = ${sqlLiteral(answer.username)} AND route = ${sqlLiteral(answer.route)}
    AND key = ${sqlLiteral(answer.key, 'idempotency_keys.key')}`;
}
