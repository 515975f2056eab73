import { Module } from '@nestjs/common';
import { InstancesModule } from '../instances/instances.module';
import { DefinitionsModule } from '../definitions/definitions.module';
import { InstanceOperationsController } from '../operations/instance-operations.controller';
import { VersionMigrationController } from '../operations/version-migration.controller';
import { VersionMigrationService } from '../operations/version-migration.service';
import { AuditEvidenceController } from './audit-evidence.controller';
import { AuditJobsService } from './audit-jobs.service';
import { BundleService } from './bundle.service';
import { CheckpointsController } from './checkpoints.controller';
import { CheckpointsService } from './checkpoints.service';
import { SigningKeysService } from './signing-keys.service';
import { VerificationRunsService } from './verification-runs.service';

/** Audit evidence (checkpoints, signing keys, bundles, scheduled verification) and operations kept in the record. */
@Module({
  imports: [InstancesModule, DefinitionsModule],
  controllers: [
    CheckpointsController,
    AuditEvidenceController,
    InstanceOperationsController,
    VersionMigrationController,
  ],
  providers: [
    CheckpointsService,
    SigningKeysService,
    BundleService,
    VerificationRunsService,
    AuditJobsService,
    VersionMigrationService,
  ],
})
export class AuditModule {}
