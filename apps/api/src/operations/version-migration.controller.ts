import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { MigrationReport } from '@liucheng/contracts';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { DefinitionKeyPipe } from '../common/definition-key.pipe';
import { VersionPipe } from '../common/version.pipe';
import { UsePolicy } from '../policies/policy.decorator';
import { MigrationDto } from './dto/migration.dto';
import { VersionMigrationService } from './version-migration.service';

/** Running instances of version N move to N+1: a dry run first, then the run, one entry per instance. */
@ApiTags('definitions')
@ApiBearerAuth()
@Controller('definitions')
export class VersionMigrationController {
  constructor(private readonly migrations: VersionMigrationService) {}

  @Post(':key/versions/:version/migration/dry-run')
  @UsePolicy('migrateInstances')
  @HttpCode(200)
  @ApiOkResponse({
    description: 'MigrationReport, dryRun true: what would move and what cannot and why; nothing written',
  })
  dryRun(
    @Param('key', DefinitionKeyPipe) key: string,
    @Param('version', VersionPipe) version: number,
    @Body() body: MigrationDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<MigrationReport> {
    return this.migrations.run(key, version, body, user, true);
  }

  @Post(':key/versions/:version/migration')
  @UsePolicy('migrateInstances')
  @HttpCode(200)
  @ApiOkResponse({
    description: 'MigrationReport: one @migrate entry per migrated instance, each in its own transaction',
  })
  run(
    @Param('key', DefinitionKeyPipe) key: string,
    @Param('version', VersionPipe) version: number,
    @Body() body: MigrationDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<MigrationReport> {
    return this.migrations.run(key, version, body, user, false);
  }
}
