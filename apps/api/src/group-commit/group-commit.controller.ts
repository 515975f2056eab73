import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { UsePolicy } from '../policies/policy.decorator';
import { GroupCommitService, type GroupCommitStatus } from './group-commit.service';

@ApiTags('operations')
@ApiBearerAuth()
@Controller('admin/group-commit')
export class GroupCommitController {
  constructor(private readonly groupCommit: GroupCommitService) {}

  @Get()
  @UsePolicy('readMetrics')
  @ApiOkResponse({
    description:
      '{enabled, lanes, maxBatch, maxWaitMs, batches, events, meanBatchSize, maxBatchSize, histogram, rolledBackEvents, fallbackBatches, failedBatches, queued} of this process since start (admin, auditor)',
  })
  status(): GroupCommitStatus {
    return this.groupCommit.status();
  }
}
