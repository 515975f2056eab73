import { checkLocalized } from '../definition/check-root';
import { joinPath, type Problems } from '../definition/problems';
import { isPlainObject } from '../support/json-value';
import { LEDGER_KINDS } from './ledger.types';

const PATH = /^[A-Za-z_$][\w$]*(\.[\w$]+)*$/;
const PATH_FIELDS = ['from', 'when', 'amount', 'at', 'person', 'department'] as const;
const KNOWN = new Set<string>([...PATH_FIELDS, 'kind', 'where', 'reason']);

/** Checks `meta.ledger`: a list of `{kind, from?, amount, reason, ...}` sources (ledger.types.ts). */
export function checkLedgerMeta(meta: Record<string, unknown>, problems: Problems): void {
  const ledger = meta.ledger;
  if (ledger === undefined) return;
  if (!Array.isArray(ledger)) return problems.add('meta.ledger', 'invalid-ledger', 'must be a list of ledger sources');
  ledger.forEach((source, i) => {
    const path = joinPath('meta.ledger', String(i));
    if (!isPlainObject(source))
      return problems.add(path, 'invalid-ledger', 'must be {kind, from?, amount, reason, person?, ...}');
    for (const key of Object.keys(source)) {
      if (!KNOWN.has(key)) problems.add(joinPath(path, key), 'invalid-ledger', 'is not a ledger source field');
    }
    if (!(LEDGER_KINDS as readonly unknown[]).includes(source.kind))
      problems.add(joinPath(path, 'kind'), 'invalid-ledger', `must be one of ${LEDGER_KINDS.join(', ')}`, {
        allowed: LEDGER_KINDS.join(', '),
      });
    if (source.amount === undefined)
      problems.add(joinPath(path, 'amount'), 'invalid-ledger', 'must be a dotted path such as amount');
    for (const field of PATH_FIELDS) {
      const value = source[field];
      if (value !== undefined && (typeof value !== 'string' || !PATH.test(value)))
        problems.add(joinPath(path, field), 'invalid-ledger', 'must be a dotted path such as amount');
    }
    if (source.where !== undefined) {
      const where = source.where;
      if (
        !isPlainObject(where) ||
        Object.values(where).some((v) => !['string', 'number', 'boolean'].includes(typeof v))
      )
        problems.add(joinPath(path, 'where'), 'invalid-ledger', 'must map fields to a text, number or true/false');
    }
    if (typeof source.reason === 'string') {
      if (!PATH.test(source.reason))
        problems.add(joinPath(path, 'reason'), 'invalid-ledger', 'must be a dotted path or {zh, en}');
    } else checkLocalized(source.reason, joinPath(path, 'reason'), problems);
  });
}
