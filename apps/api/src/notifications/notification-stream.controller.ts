import { Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import type { NotificationStreamTicket } from '@liucheng/contracts';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { checkUserActive } from '../auth/user-status';
import { ApiError } from '../common/api-error';
import { UsePolicy } from '../policies/policy.decorator';
import { StreamTicketQuery } from './dto/stream-ticket.query';
import { NotificationSignalService } from './notification-signal.service';
import { NotificationsService } from './notifications.service';
import { SECURITY_HEADERS } from '../app/security-headers';

const TICKET_PURPOSE = 'notification-stream';
const TICKET_SECONDS = 60;
const HEARTBEAT_MS = 25_000;

/**
 * Live unread counts over server-sent events. EventSource cannot send an Authorization header,
 * so a signed-in page first POSTs for a ticket (a 60-second token good for this route only) and
 * opens `GET /api/notifications/stream?ticket=…`: the long-lived bearer token never lands in a URL or log.
 */
@ApiTags('notifications')
@Controller('notifications')
export class NotificationStreamController {
  constructor(
    private readonly jwt: JwtService,
    private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
    private readonly signals: NotificationSignalService,
  ) {}

  @Post('stream-ticket')
  @UsePolicy('signedIn')
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiOkResponse({ description: '{ticket, expiresIn}: opens GET /api/notifications/stream once within 60 s' })
  async ticket(@CurrentUser() user: AuthenticatedUser): Promise<NotificationStreamTicket> {
    const ticket = await this.jwt.signAsync(
      { sub: user.username, name: user.displayName, roles: user.roles, tv: user.tokenVersion, purpose: TICKET_PURPOSE },
      { expiresIn: TICKET_SECONDS },
    );
    return { ticket, expiresIn: TICKET_SECONDS };
  }

  @Get('stream')
  @UsePolicy('public')
  @ApiOkResponse({ description: 'text/event-stream: `unread` events {unread} now and on every change' })
  async stream(@Query() query: StreamTicketQuery, @Res() reply: FastifyReply): Promise<void> {
    const user = await this.userOf(query.ticket);
    await checkUserActive(this.dataSource, user);
    let last = -1;
    let closed = false;
    const send = async () => {
      const { unread } = await this.notifications.unreadCount(user.username).catch(() => ({ unread: last }));
      if (closed || unread === last) return;
      last = unread;
      reply.raw.write(`event: unread\ndata: ${JSON.stringify({ unread })}\n\n`);
    };
    reply.hijack();
    reply.raw.writeHead(200, {
      // A hijacked reply writes its own head: the security headers go in it.
      ...SECURITY_HEADERS,
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      'x-content-type-options': 'nosniff',
      // Proxies (nginx) must not buffer the stream.
      'x-accel-buffering': 'no',
    });
    reply.raw.write(`retry: 3000\n\n`);
    const unwatch = this.signals.watch(user.username, () => void send());
    const heartbeat = setInterval(() => reply.raw.write(`: keep-alive\n\n`), HEARTBEAT_MS);
    reply.raw.on('close', () => {
      closed = true;
      unwatch();
      clearInterval(heartbeat);
    });
    await send();
  }

  private async userOf(ticket: string): Promise<AuthenticatedUser> {
    let payload: { sub?: unknown; name?: unknown; roles?: unknown; tv?: unknown; purpose?: unknown };
    try {
      payload = await this.jwt.verifyAsync(ticket);
    } catch {
      throw new ApiError(401, 'The stream ticket is invalid or expired', { reason: 'stream-ticket-invalid' });
    }
    if (payload.purpose !== TICKET_PURPOSE || typeof payload.sub !== 'string')
      throw new ApiError(401, 'The stream ticket is invalid or expired', { reason: 'stream-ticket-invalid' });
    return {
      username: payload.sub,
      displayName: typeof payload.name === 'string' ? payload.name : payload.sub,
      roles: Array.isArray(payload.roles) ? (payload.roles as string[]) : [],
      tokenVersion: typeof payload.tv === 'number' ? payload.tv : 0,
    };
  }
}
