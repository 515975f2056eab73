import { Module } from '@nestjs/common';
import { AnalyticsService } from './analytics.service';
import { LedgerController } from './ledger.controller';
import { LedgerService } from './ledger.service';

/** Ledgers of fines, points and penalties, the monthly assessment, and per-version analytics (auditor, admin). */
@Module({
  controllers: [LedgerController],
  providers: [LedgerService, AnalyticsService],
})
export class LedgerModule {}
