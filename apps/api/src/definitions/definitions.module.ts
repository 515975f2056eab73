import { Module } from '@nestjs/common';
import { CompiledDefinitionsService } from './compiled-definitions.service';
import { DefinitionsController } from './definitions.controller';
import { DefinitionsService } from './definitions.service';
import { SearchBackfillService } from './search-backfill.service';
import { WorkflowBootstrapService } from './workflow-bootstrap.service';

@Module({
  controllers: [DefinitionsController],
  providers: [DefinitionsService, CompiledDefinitionsService, WorkflowBootstrapService, SearchBackfillService],
  exports: [CompiledDefinitionsService],
})
export class DefinitionsModule {}
