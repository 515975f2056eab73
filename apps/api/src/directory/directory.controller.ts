import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { DirectoryList } from '@liucheng/contracts';
import { UsePolicy } from '../policies/policy.decorator';
import { DirectoryService } from './directory.service';
import { DirectoryQuery } from './dto/directory.query';

/** The people pickers' source: every signed-in user may see who the active users are. */
@ApiTags('directory')
@ApiBearerAuth()
@Controller('directory')
export class DirectoryController {
  constructor(private readonly directory: DirectoryService) {}

  @Get()
  @UsePolicy('signedIn')
  @ApiOkResponse({
    description: '{items: [{username, displayName, displayNameEn, department}]}: active users matching q, at most 200',
  })
  list(@Query() query: DirectoryQuery): Promise<DirectoryList> {
    return this.directory.list(query.q);
  }
}
