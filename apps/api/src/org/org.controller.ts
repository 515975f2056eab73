import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { ManagerChainResponse, ResolveApproversResponse } from '@liucheng/contracts';
import { UsePolicy } from '../policies/policy.decorator';
import { ResolveApproversDto } from './dto/resolve-approvers.dto';
import { OrgService } from './org.service';

@ApiTags('organisation')
@ApiBearerAuth()
@Controller()
export class OrgController {
  constructor(private readonly org: OrgService) {}

  @Get('users/:username/managers')
  @UsePolicy('readUsers')
  @ApiOkResponse({ description: '{username, managers: [{username, displayName, active}], end} nearest first' })
  managers(@Param('username') username: string): Promise<ManagerChainResponse> {
    return this.org.managers(username);
  }

  @Post('org/resolve')
  @HttpCode(200)
  @UsePolicy('previewApprovers')
  @ApiOkResponse({
    description:
      'Owner, admin: who would approve ({users, trace, empty}); changes nothing; 400 /sources/…, 422 /starter',
  })
  resolve(@Body() dto: ResolveApproversDto): Promise<ResolveApproversResponse> {
    return this.org.resolve(dto);
  }
}
