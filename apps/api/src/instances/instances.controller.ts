import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { HistoryResponse, Instance, InstancePage, ReplayResponse, VerifyResponse } from '@liucheng/contracts';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { UuidPipe } from '../common/uuid.pipe';
import { idempotentRequest } from '../idempotency/idempotency';
import { ListInstancesQuery } from './dto/list-instances.query';
import { ReplayQuery } from './dto/replay.query';
import { SendEventDto } from './dto/send-event.dto';
import { StartInstanceDto } from './dto/start-instance.dto';
import { EventPathService } from './event-path.service';
import { HistoryService } from './history.service';
import { InstancesService } from './instances.service';

const IDEMPOTENCY_HEADER = {
  name: 'Idempotency-Key',
  required: false,
  description: 'A retry with the same key and body returns the first answer',
};

/** The route an idempotency key is scoped to: method and path, without the query. */
export function routeOf(request: FastifyRequest): string {
  return `${request.method} ${request.url.split('?')[0]}`;
}

@ApiTags('instances')
@ApiBearerAuth()
@Controller('instances')
export class InstancesController {
  constructor(
    private readonly instances: InstancesService,
    private readonly events: EventPathService,
    private readonly historyService: HistoryService,
  ) {}

  @Post()
  @ApiHeader(IDEMPOTENCY_HEADER)
  @ApiCreatedResponse({ description: 'Instance' })
  start(
    @Body() dto: StartInstanceDto,
    @CurrentUser() user: AuthenticatedUser,
    @Headers('idempotency-key') key: string | undefined,
    @Req() request: FastifyRequest,
  ): Promise<Instance> {
    return this.events.start(user, dto, idempotentRequest(key, user.username, routeOf(request), request.body));
  }

  @Get()
  @ApiOkResponse({ description: '{items: Instance[], nextCursor}' })
  list(@Query() query: ListInstancesQuery): Promise<InstancePage> {
    return this.instances.list(query);
  }

  @Get(':id')
  @ApiOkResponse({ description: 'Instance' })
  get(@Param('id', UuidPipe) id: string): Promise<Instance> {
    return this.instances.get(id);
  }

  @Post(':id/events')
  @HttpCode(200)
  @ApiHeader(IDEMPOTENCY_HEADER)
  @ApiOkResponse({ description: 'Instance; 409 not accepted (details.acceptedEvents), 422 guard or invalid data' })
  send(
    @Param('id', UuidPipe) id: string,
    @Body() dto: SendEventDto,
    @CurrentUser() user: AuthenticatedUser,
    @Headers('idempotency-key') key: string | undefined,
    @Req() request: FastifyRequest,
  ): Promise<Instance> {
    return this.events.send(id, dto, user, {
      idempotency: idempotentRequest(key, user.username, routeOf(request), request.body),
      respond: ({ instance }) => instance,
    });
  }

  @Get(':id/history')
  @ApiOkResponse({ description: '{items: [{seq, type, data, actor, at, stateAfter, prevHash, hash}]}' })
  history(@Param('id', UuidPipe) id: string): Promise<HistoryResponse> {
    return this.historyService.history(id);
  }

  @Get(':id/replay')
  @ApiOkResponse({ description: '{seq, state, context, status} recomputed from history' })
  replay(@Param('id', UuidPipe) id: string, @Query() query: ReplayQuery): Promise<ReplayResponse> {
    return this.historyService.replay(id, query.seq);
  }

  @Get(':id/verify')
  @ApiOkResponse({ description: '{ok, checked, firstBadSeq?, reason?}' })
  verify(@Param('id', UuidPipe) id: string): Promise<VerifyResponse> {
    return this.historyService.verify(id);
  }
}
