import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ManagerChainResponse, ResolveApproversResponse } from '@liucheng/contracts';
import {
  approverSourcesSchema,
  managerChainWithEnd,
  registryApprovers,
  resolveApprovers,
  validateData,
  type Registry,
  type ApproverSource,
  type OrgSnapshot,
} from '@liucheng/engine';
import { ApiError } from '../common/api-error';
import { CLOCK, type Clock } from '../common/clock';
import { REGISTRY } from '../registry/registry.provider';
import { rows, type Tx } from '../common/transaction';
import type { ResolveApproversDto } from './dto/resolve-approvers.dto';
import { loadOrgSnapshot } from './org-snapshot.queries';

/**
 * Reads the organisation for the pure resolvers. No cache: three indexed reads cost little
 * (bench/org-snapshot.bench.ts) and a per-process cache would go stale behind other processes.
 */
@Injectable()
export class OrgService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(REGISTRY) private readonly registry: Registry,
  ) {}

  /** `at`: the proxies that have not ended by then are included. */
  snapshot(q: Tx | DataSource = this.dataSource, at: Date = this.clock()): Promise<OrgSnapshot> {
    return loadOrgSnapshot(q, at);
  }

  /** The user's managers nearest first (explicit managers, else department heads), never looping. */
  async managers(username: string): Promise<ManagerChainResponse> {
    const org = await this.snapshot();
    if (!org.users.some((u) => u.username === username)) throw ApiError.notFound(`User ${username} does not exist`);
    const chain = managerChainWithEnd(org, username);
    const names = await rows<{ username: string; display_name: string; active: boolean }>(
      this.dataSource,
      `SELECT username, display_name, active FROM users WHERE username = ANY($1::text[])`,
      [chain.users],
    );
    const byName = new Map(names.map((n) => [n.username, n]));
    return {
      username,
      end: chain.end,
      managers: chain.users.map((u) => ({
        username: u,
        displayName: byName.get(u)?.display_name ?? u,
        active: byName.get(u)?.active ?? false,
      })),
    };
  }

  /** 400 naming `/sources/<i>/…` for a malformed source, 422 `/starter` for an unknown starter. */
  async resolve(dto: ResolveApproversDto): Promise<ResolveApproversResponse> {
    const problems = validateData(approverSourcesSchema, dto.sources);
    if (problems.length)
      throw ApiError.badRequest(
        `Invalid approver sources: ${problems.map((p) => `/sources${p.path} ${p.message}`).join('; ')}`,
        problems.map((p) => ({ path: `/sources${p.path}`, message: p.message, code: p.code, params: p.params })),
      );
    const org = await this.snapshot();
    if (!org.users.some((u) => u.username === dto.starter))
      throw ApiError.unprocessable(`Unknown starter ${dto.starter}`, {
        reason: 'unknown-starter',
        errors: [{ path: '/starter', message: `unknown user "${dto.starter}"`, code: 'unknown-user' }],
      });
    return resolveApprovers(dto.sources as ApproverSource[], org, {
      starter: dto.starter,
      context: dto.context ?? {},
      registry: registryApprovers(this.registry),
    });
  }
}
