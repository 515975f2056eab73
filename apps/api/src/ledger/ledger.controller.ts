import { Controller, Get, Inject, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { AssessmentReport, LedgerReport, VersionAnalyticsReport } from '@liucheng/contracts';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { CLOCK, type Clock } from '../common/clock';
import { UsePolicy } from '../policies/policy.decorator';
import { AnalyticsService } from './analytics.service';
import { AssessmentQuery } from './dto/assessment.query';
import { LedgerQuery } from './dto/ledger.query';
import { ledgerCsv } from './ledger-csv';
import { LedgerService } from './ledger.service';
import { VersionPipe } from '../common/version.pipe';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
export class LedgerController {
  constructor(
    private readonly ledger: LedgerService,
    private readonly analytics: AnalyticsService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get('ledger')
  @UsePolicy('readLedger')
  @ApiOkResponse({
    description:
      'LedgerReport: totals per group and entries (JSON), or the entries as CSV; a department head reads the departments they head',
  })
  async report(
    @Query() query: LedgerQuery,
    @CurrentUser() user: AuthenticatedUser,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<LedgerReport | string> {
    const report = await this.ledger.report(query, await this.ledger.scopeOf(user));
    void reply.header('cache-control', 'private, no-store');
    if (query.format !== 'csv') return report;
    const name = `liucheng-ledger-${query.from ?? 'start'}-${query.to ?? 'now'}`;
    void reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${name}.csv"`);
    return ledgerCsv(report.entries, query.lang ?? 'zh-CN');
  }

  @Get('ledger/assessment')
  @UsePolicy('readLedger')
  @ApiOkResponse({
    description: "AssessmentReport: the month's points per unit (monthly 100-point assessment); a head's own units",
  })
  async assessment(@Query() query: AssessmentQuery, @CurrentUser() user: AuthenticatedUser): Promise<AssessmentReport> {
    return this.ledger.assessment(query.month, await this.ledger.scopeOf(user));
  }

  @Get('analytics/:definitionKey/versions/:version')
  @UsePolicy('readAudit')
  @ApiOkResponse({ description: 'VersionAnalyticsReport: instances by state, time per state, overdue rate' })
  version(
    @Param('definitionKey') key: string,
    @Param('version', VersionPipe) version: number,
  ): Promise<VersionAnalyticsReport> {
    return this.analytics.version(key, version, this.clock());
  }
}
