import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { CcItem, CcList, CcReadAllResult, CcUnreadCount } from '@liucheng/contracts';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { UuidPipe } from '../common/uuid.pipe';
import { UsePolicy } from '../policies/policy.decorator';
import { CcService } from './cc.service';
import { ListCcQuery } from './dto/list-cc.query';

/** 抄送我的: the copies made to the signed-in user; nobody reads or marks another's. */
@ApiTags('cc')
@ApiBearerAuth()
@Controller('cc')
export class CcController {
  constructor(private readonly cc: CcService) {}

  @Get()
  @UsePolicy('signedIn')
  @ApiOkResponse({ description: '{items: CcItem[], nextCursor}: mine, newest first; status=unread|read|all' })
  list(@Query() query: ListCcQuery, @CurrentUser() user: AuthenticatedUser): Promise<CcList> {
    return this.cc.list(user.username, query);
  }

  @Get('unread-count')
  @UsePolicy('signedIn')
  @ApiOkResponse({ description: '{unread}: how many of mine are unread' })
  unreadCount(@CurrentUser() user: AuthenticatedUser): Promise<CcUnreadCount> {
    return this.cc.unreadCount(user.username);
  }

  @Post('read-all')
  @UsePolicy('ownAccount')
  @HttpCode(200)
  @ApiOkResponse({ description: '{marked}: how many of mine were unread' })
  readAll(@CurrentUser() user: AuthenticatedUser): Promise<CcReadAllResult> {
    return this.cc.markAllRead(user.username);
  }

  @Post(':id/read')
  @UsePolicy('ownAccount')
  @HttpCode(200)
  @ApiOkResponse({ description: "CcItem with readAt; 404 (reason cc-not-found) for another's or none" })
  read(@Param('id', UuidPipe) id: string, @CurrentUser() user: AuthenticatedUser): Promise<CcItem> {
    return this.cc.markRead(user.username, id);
  }
}
