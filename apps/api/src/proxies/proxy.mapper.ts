import type { UserProxy } from '@liucheng/contracts';

export interface ProxyRow {
  id: string;
  principal: string;
  proxy: string;
  starts_at: Date;
  ends_at: Date;
  reason: string | null;
  created_by: string;
  created_at: Date;
  cancelled_at: Date | null;
}

/** Selects {@link ProxyRow} from `user_proxies p`, the two users joined as `pu` and `xu`. */
export const PROXY_FROM = `SELECT p.id, pu.username AS principal, xu.username AS proxy, p.starts_at, p.ends_at,
    p.reason, p.created_by, p.created_at, p.cancelled_at
  FROM user_proxies p JOIN users pu ON pu.id = p.principal_user_id JOIN users xu ON xu.id = p.proxy_user_id`;

export function toUserProxy(row: ProxyRow): UserProxy {
  return {
    id: row.id,
    principal: row.principal,
    proxy: row.proxy,
    startsAt: row.starts_at.toISOString(),
    endsAt: row.ends_at.toISOString(),
    reason: row.reason,
    createdBy: row.created_by,
    createdAt: row.created_at.toISOString(),
    cancelledAt: row.cancelled_at?.toISOString() ?? null,
  };
}
