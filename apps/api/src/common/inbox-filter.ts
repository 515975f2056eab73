import type { InboxFilterQuery } from './inbox-filter.query';

const DAY_MS = 86_400_000;

/** The start of a `yyyy-MM-dd` day in Asia/Shanghai (UTC+8, no daylight saving). */
function shanghaiMidnight(day: string): Date {
  return new Date(`${day}T00:00:00.000+08:00`);
}

/**
 * SQL conditions over the instance alias `i` for an inbox search; `add` binds a parameter.
 * `to` is inclusive: the whole day up to the next Shanghai midnight.
 */
export function inboxFilterSql(filter: InboxFilterQuery, add: (value: unknown) => string): string[] {
  const where: string[] = [];
  if (filter.definitionKey) where.push(`i.definition_key = ${add(filter.definitionKey)}`);
  if (filter.startedBy) where.push(`i.started_by = ${add(filter.startedBy)}`);
  if (filter.businessKey) where.push(`i.business_key = ${add(filter.businessKey)}`);
  if (filter.from) where.push(`i.created_at >= ${add(shanghaiMidnight(filter.from).toISOString())}::timestamptz`);
  if (filter.to) {
    const end = new Date(shanghaiMidnight(filter.to).getTime() + DAY_MS);
    where.push(`i.created_at < ${add(end.toISOString())}::timestamptz`);
  }
  return where;
}
