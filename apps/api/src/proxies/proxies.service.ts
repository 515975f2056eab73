import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ProblemContract, UserProxy, UserProxyList } from '@liucheng/contracts';
import { proxyCycle, type OrgProxy } from '@liucheng/engine';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { ApiError } from '../common/api-error';
import { CLOCK, type Clock } from '../common/clock';
import { inTransaction, rows, type Tx } from '../common/transaction';
import { mayManageProxies, mayReadProxies } from '../policies/proxy.policy';
import { READ_ONLY_ROLES } from '../policies/roles';
import type { CreateProxyDto } from './dto/create-proxy.dto';
import { PROXY_FROM, toUserProxy, type ProxyRow } from './proxy.mapper';

function invalid(problem: ProblemContract & { code: string }): ApiError {
  return ApiError.unprocessable(`Invalid proxy: ${problem.path} ${problem.message}`, {
    reason: problem.code,
    errors: [problem],
  });
}

/**
 * 代理: who stands in for whom, and when. Creations are serialised by a table lock, so two
 * requests cannot each pass the overlap or loop check against the other's missing row.
 */
@Injectable()
export class ProxiesService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Every range of the principal, cancelled and past ones too, latest start first. */
  async listFor(principal: string, actor: AuthenticatedUser): Promise<UserProxyList> {
    if (!mayReadProxies(actor, principal))
      throw ApiError.forbidden('Only the user themself, admins and auditors see their proxies');
    await this.userId(this.dataSource, principal);
    const found = await rows<ProxyRow>(
      this.dataSource,
      `${PROXY_FROM} WHERE pu.username = $1 ORDER BY p.starts_at DESC, p.created_at DESC`,
      [principal],
    );
    return { items: found.map(toUserProxy) };
  }

  /** The ranges holding at `activeAt` (default now), by principal. */
  async listActive(activeAt: string | undefined): Promise<UserProxyList> {
    const at = activeAt ? new Date(activeAt) : this.clock();
    const found = await rows<ProxyRow>(
      this.dataSource,
      `${PROXY_FROM} WHERE p.cancelled_at IS NULL AND p.starts_at <= $1 AND p.ends_at > $1
       ORDER BY pu.username, p.starts_at`,
      [at.toISOString()],
    );
    return { items: found.map(toUserProxy) };
  }

  /**
   * 403 unless the principal or an admin; 404 unknown principal; 422 naming `/endsAt` or `/proxy`;
   * 409 `proxy-overlap` when another active range of the principal shares an instant.
   */
  async create(principal: string, dto: CreateProxyDto, actor: AuthenticatedUser): Promise<UserProxy> {
    if (!mayManageProxies(actor, principal))
      throw ApiError.forbidden('Only the user themself or an admin (not holding auditor) may name their proxy');
    const startsAt = new Date(dto.startsAt).toISOString();
    const endsAt = new Date(dto.endsAt).toISOString();
    return inTransaction(this.dataSource, async (q) => {
      const principalId = await this.userId(q, principal);
      if (Date.parse(endsAt) <= Date.parse(startsAt))
        throw invalid({ path: '/endsAt', code: 'ends-before-start', message: 'must be after startsAt' });
      if (Date.parse(endsAt) <= this.clock().getTime())
        throw invalid({ path: '/endsAt', code: 'ends-in-past', message: 'must be in the future' });
      if (dto.proxy === principal)
        throw invalid({ path: '/proxy', code: 'proxy-is-principal', message: 'a user cannot be their own proxy' });
      const proxyId = await this.checkProxy(q, dto.proxy);
      await q.query(`LOCK TABLE user_proxies IN SHARE ROW EXCLUSIVE MODE`);
      await this.assertNoOverlap(q, principalId, startsAt, endsAt);
      await this.assertNoCycle(q, { principal, proxy: dto.proxy, startsAt, endsAt });
      const [inserted] = await rows<{ id: string }>(
        q,
        `INSERT INTO user_proxies (principal_user_id, proxy_user_id, starts_at, ends_at, reason, created_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [principalId, proxyId, startsAt, endsAt, dto.reason ?? null, actor.username, this.clock().toISOString()],
      );
      return this.get(q, inserted.id);
    });
  }

  /**
   * Cancels a range: it routes nothing from now on (tasks already given to the proxy keep their
   * `proxyUntil`). Cancelling again answers the cancelled range; a range already over → 409 `proxy-ended`.
   */
  async cancel(principal: string, id: string, actor: AuthenticatedUser): Promise<UserProxy> {
    if (!mayManageProxies(actor, principal))
      throw ApiError.forbidden('Only the user themself or an admin (not holding auditor) may cancel their proxy');
    return inTransaction(this.dataSource, async (q) => {
      const [row] = await rows<{ ends_at: Date; cancelled_at: Date | null }>(
        q,
        `SELECT p.ends_at, p.cancelled_at FROM user_proxies p JOIN users pu ON pu.id = p.principal_user_id
         WHERE p.id = $1 AND pu.username = $2 FOR UPDATE OF p`,
        [id, principal],
      );
      if (!row) throw ApiError.notFound(`Proxy ${id} of ${principal} does not exist`);
      if (row.cancelled_at) return this.get(q, id);
      const now = this.clock();
      if (row.ends_at.getTime() <= now.getTime())
        throw ApiError.conflict(`Proxy ${id} has already ended`, { reason: 'proxy-ended' });
      await q.query(`UPDATE user_proxies SET cancelled_at = $2 WHERE id = $1`, [id, now.toISOString()]);
      return this.get(q, id);
    });
  }

  private async get(q: Tx, id: string): Promise<UserProxy> {
    const [row] = await rows<ProxyRow>(q, `${PROXY_FROM} WHERE p.id = $1`, [id]);
    return toUserProxy(row);
  }

  private async userId(q: Tx | DataSource, username: string): Promise<string> {
    const [row] = await rows<{ id: string }>(q, `SELECT id FROM users WHERE username = $1`, [username]);
    if (!row) throw ApiError.notFound(`User ${username} does not exist`);
    return row.id;
  }

  /** 422 `/proxy`: unknown, inactive, or read-only (an auditor could never complete the tasks). */
  private async checkProxy(q: Tx, username: string): Promise<string> {
    const [row] = await rows<{ id: string; active: boolean; read_only: boolean }>(
      q,
      `SELECT u.id, u.active,
              EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = u.id AND r.role = ANY($2::text[])) AS read_only
         FROM users u WHERE u.username = $1`,
      [username, READ_ONLY_ROLES],
    );
    if (!row) throw invalid({ path: '/proxy', code: 'unknown-user', message: `unknown user "${username}"` });
    if (!row.active) throw invalid({ path: '/proxy', code: 'proxy-inactive', message: `${username} is inactive` });
    if (row.read_only)
      throw invalid({ path: '/proxy', code: 'proxy-read-only', message: `${username} may only read (auditor)` });
    return row.id;
  }

  private async assertNoOverlap(q: Tx, principalId: string, startsAt: string, endsAt: string): Promise<void> {
    const [clash] = await rows<ProxyRow>(
      q,
      `${PROXY_FROM} WHERE p.principal_user_id = $1 AND p.cancelled_at IS NULL AND p.starts_at < $3 AND p.ends_at > $2
       ORDER BY p.starts_at LIMIT 1`,
      [principalId, startsAt, endsAt],
    );
    if (!clash) return;
    const existing = toUserProxy(clash);
    throw ApiError.conflict(`The range overlaps proxy ${existing.id} (${existing.startsAt} – ${existing.endsAt})`, {
      reason: 'proxy-overlap',
      conflicting: existing,
      errors: [
        {
          path: '/startsAt',
          code: 'proxy-overlap',
          message: `overlaps the range to ${existing.proxy} from ${existing.startsAt} to ${existing.endsAt}`,
          params: { id: existing.id, proxy: existing.proxy, startsAt: existing.startsAt, endsAt: existing.endsAt },
        },
      ],
    });
  }

  /** 422 `/proxy` `proxy-cycle` when the chain from the proxy leads back to the principal at some instant. */
  private async assertNoCycle(q: Tx, candidate: OrgProxy): Promise<void> {
    const others = await rows<ProxyRow>(
      q,
      `${PROXY_FROM} WHERE p.cancelled_at IS NULL AND p.starts_at < $2 AND p.ends_at > $1`,
      [candidate.startsAt, candidate.endsAt],
    );
    const cycle = proxyCycle(
      others
        .map(toUserProxy)
        .map((p) => ({ principal: p.principal, proxy: p.proxy, startsAt: p.startsAt, endsAt: p.endsAt })),
      candidate,
    );
    if (cycle)
      throw invalid({
        path: '/proxy',
        code: 'proxy-cycle',
        message: `would close a loop: ${cycle.join(' → ')}`,
        params: { cycle },
      });
  }
}
