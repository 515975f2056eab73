import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Notification, NotificationList, ReadAllResult, UnreadCount } from '@liucheng/contracts';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { UuidPipe } from '../common/uuid.pipe';
import { UsePolicy } from '../policies/policy.decorator';
import { ListNotificationsQuery } from './dto/list-notifications.query';
import { NotificationsService } from './notifications.service';

/** The signed-in user's own notifications; nobody reads another's. */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @UsePolicy('signedIn')
  @ApiOkResponse({ description: '{items: Notification[], nextCursor}: mine, newest first; unread=true: unread only' })
  list(@Query() query: ListNotificationsQuery, @CurrentUser() user: AuthenticatedUser): Promise<NotificationList> {
    return this.notifications.list(user.username, query);
  }

  @Get('unread-count')
  @UsePolicy('signedIn')
  @ApiOkResponse({ description: '{unread}: how many of mine are unread' })
  unreadCount(@CurrentUser() user: AuthenticatedUser): Promise<UnreadCount> {
    return this.notifications.unreadCount(user.username);
  }

  @Post('read-all')
  @UsePolicy('ownAccount')
  @HttpCode(200)
  @ApiOkResponse({ description: '{marked}: how many of mine were unread' })
  readAll(@CurrentUser() user: AuthenticatedUser): Promise<ReadAllResult> {
    return this.notifications.markAllRead(user.username);
  }

  @Post(':id/read')
  @UsePolicy('ownAccount')
  @HttpCode(200)
  @ApiOkResponse({ description: "Notification with readAt; 404 (reason notification-not-found) for another's or none" })
  read(@Param('id', UuidPipe) id: string, @CurrentUser() user: AuthenticatedUser): Promise<Notification> {
    return this.notifications.markRead(user.username, id);
  }
}
