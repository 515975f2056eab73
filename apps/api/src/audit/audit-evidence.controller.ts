import { Controller, Get, Inject, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { AuditIncidentPage, VerificationRun, VerificationRunList } from '@liucheng/contracts';
import type { EvidenceBundle } from '@liucheng/engine';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { CLOCK, type Clock } from '../common/clock';
import { PageQuery } from '../common/page.query';
import { UsePolicy } from '../policies/policy.decorator';
import { bundleCsv } from './bundle-csv';
import { bundleReportHtml } from './bundle-report.html';
import { BundleService } from './bundle.service';
import { BundleQuery } from './dto/bundle.query';
import { VerificationRunsService } from './verification-runs.service';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
export class AuditEvidenceController {
  constructor(
    private readonly bundles: BundleService,
    private readonly verification: VerificationRunsService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get('bundles')
  @UsePolicy('readAudit')
  @ApiOkResponse({ description: 'Evidence bundle as JSON (default), CSV (history rows) or a printable HTML report' })
  async bundle(
    @Query() query: BundleQuery,
    @CurrentUser() user: AuthenticatedUser,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<EvidenceBundle | string> {
    const now = this.clock();
    const bundle = await this.bundles.build(query, user, now);
    const name = `liucheng-evidence-${query.instanceId ?? now.toISOString().slice(0, 10)}`;
    const format = query.format ?? 'json';
    void reply.header('cache-control', 'private, no-store');
    if (format === 'json') {
      void reply.header('content-disposition', `attachment; filename="${name}.json"`);
      return bundle;
    }
    if (format === 'csv') {
      void reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${name}.csv"`);
      return bundleCsv(bundle);
    }
    void reply.header('content-type', 'text/html; charset=utf-8');
    return bundleReportHtml(bundle, query.lang ?? 'zh-CN');
  }

  @Post('verification-runs')
  @UsePolicy('manageAudit')
  @ApiCreatedResponse({ description: 'VerificationRun: one run now (admin)' })
  run(): Promise<VerificationRun> {
    return this.verification.run();
  }

  @Get('verification-runs')
  @UsePolicy('readAudit')
  @ApiOkResponse({ description: '{items: VerificationRun[]}, newest first' })
  runs(@Query() query: PageQuery): Promise<VerificationRunList> {
    return this.verification.runs(query.limit ?? 50);
  }

  @Get('incidents')
  @UsePolicy('readAudit')
  @ApiOkResponse({ description: '{items: AuditIncident[], nextCursor}, newest first (auditor, admin)' })
  incidents(@Query() query: PageQuery): Promise<AuditIncidentPage> {
    return this.verification.incidents(query.limit ?? 50, query.cursor);
  }
}
