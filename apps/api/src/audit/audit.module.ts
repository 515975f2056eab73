import { Module } from '@nestjs/common';
import { InstancesModule } from '../instances/instances.module';
import { AuditEvidenceController } from './audit-evidence.controller';
import { AuditJobsService } from './audit-jobs.service';
import { BundleService } from './bundle.service';
import { CheckpointsController } from './checkpoints.controller';
import { CheckpointsService } from './checkpoints.service';
import { SigningKeysService } from './signing-keys.service';
import { VerificationRunsService } from './verification-runs.service';

/** Audit evidence: checkpoints, signing keys, evidence bundles, scheduled verification. */
@Module({
  imports: [InstancesModule],
  controllers: [CheckpointsController, AuditEvidenceController],
  providers: [CheckpointsService, SigningKeysService, BundleService, VerificationRunsService, AuditJobsService],
})
export class AuditModule {}
