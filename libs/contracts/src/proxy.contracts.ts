/**
 * 代理: while `startsAt <= now < endsAt`, new approval tasks of `principal` go to `proxy`
 * (the task's `onBehalfOf` names the principal). Times are ISO-8601 (UTC in answers).
 */
export interface UserProxy {
  id: string;
  principal: string;
  proxy: string;
  startsAt: string;
  endsAt: string;
  reason: string | null;
  /** Who named the proxy: the principal or an admin. */
  createdBy: string;
  createdAt: string;
  /** Set by `DELETE`; a cancelled range routes nothing. */
  cancelledAt: string | null;
}

/** `POST /api/users/:username/proxies` (the user themself or an admin). */
export interface CreateUserProxyRequest {
  proxy: string;
  /** ISO-8601 date-time with an offset (`2026-12-01T00:00:00+08:00`). */
  startsAt: string;
  endsAt: string;
  reason?: string;
}

/** `GET /api/users/:username/proxies`, `GET /api/proxies`. */
export interface UserProxyList {
  items: UserProxy[];
}
