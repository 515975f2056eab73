import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type {
  HistoryResponse,
  Instance,
  InstancePage,
  ReplayResponse,
  ReplayStepsResponse,
  VerifyResponse,
} from '@liucheng/contracts';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { UuidPipe } from '../common/uuid.pipe';
import { UsePolicy } from '../policies/policy.decorator';
import { idempotentRequest } from '../idempotency/idempotency';
import { ListInstancesQuery } from './dto/list-instances.query';
import { ReplayQuery } from './dto/replay.query';
import { HistoryQuery } from './dto/history.query';
import { ReplayStepsQuery } from './dto/replay-steps.query';
import { SendEventBodyPipe } from './dto/send-event-body.pipe';
import { SendEventDto } from './dto/send-event.dto';
import { StartInstanceBodyPipe } from './dto/start-instance-body.pipe';
import { StartInstanceDto } from './dto/start-instance.dto';
import { EventPathService, type EventCommand, type StartCommand } from './event-path.service';
import { HistoryService } from './history.service';
import { InstanceAccessService } from './instance-access.service';
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
    private readonly access: InstanceAccessService,
  ) {}

  @Post()
  @UsePolicy('startInstance')
  @ApiBody({ type: StartInstanceDto })
  @ApiHeader(IDEMPOTENCY_HEADER)
  @ApiCreatedResponse({ description: "Instance; 403 unless the user holds one of the definition's meta.starterRoles" })
  start(
    @Body(StartInstanceBodyPipe) command: StartCommand,
    @CurrentUser() user: AuthenticatedUser,
    @Headers('idempotency-key') key: string | undefined,
    @Req() request: FastifyRequest,
  ): Promise<Instance> {
    return this.events.start(user, command, idempotentRequest(key, user.username, routeOf(request), request.body));
  }

  @Get()
  @UsePolicy('signedIn')
  @ApiOkResponse({
    description:
      '{items: Instance[], nextCursor}: leaders, auditors, admins see all; others what they started or have/had a task on',
  })
  list(@Query() query: ListInstancesQuery, @CurrentUser() user: AuthenticatedUser): Promise<InstancePage> {
    return this.instances.list(query, user);
  }

  @Get(':id')
  @UsePolicy('signedIn')
  @ApiOkResponse({ description: 'Instance; 403 for a user who may not read it' })
  async get(@Param('id', UuidPipe) id: string, @CurrentUser() user: AuthenticatedUser): Promise<Instance> {
    return this.instances.get(id, await this.access.readableFields(user, id));
  }

  @Post(':id/events')
  @UsePolicy('sendEvent')
  @ApiBody({ type: SendEventDto })
  @HttpCode(200)
  @ApiHeader(IDEMPOTENCY_HEADER)
  @ApiOkResponse({
    description:
      'Instance; 403 when the event is a task outcome and the user is not its assignee/candidate, when it is no task outcome and the user is neither starter nor admin, or a timer event; 409 not accepted (details.acceptedEvents), 422 guard or invalid data',
  })
  send(
    @Param('id', UuidPipe) id: string,
    @Body(SendEventBodyPipe) event: EventCommand,
    @CurrentUser() user: AuthenticatedUser,
    @Headers('idempotency-key') key: string | undefined,
    @Req() request: FastifyRequest,
  ): Promise<Instance> {
    return this.events.send(id, event, user, {
      idempotency: idempotentRequest(key, user.username, routeOf(request), request.body),
      respond: ({ instance }) => instance,
    });
  }

  @Get(':id/history')
  @UsePolicy('signedIn')
  @ApiOkResponse({
    description:
      '{items: [{seq, type, data, actor, at, stateAfter, prevHash, hash}]}; with ?limit= one page after seq ?after= and nextAfter',
  })
  async history(
    @Param('id', UuidPipe) id: string,
    @Query() query: HistoryQuery,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<HistoryResponse> {
    return this.historyService.history(id, query, await this.access.readableFields(user, id));
  }

  @Get(':id/replay')
  @UsePolicy('signedIn')
  @ApiOkResponse({ description: '{seq, state, context, status} recomputed from history' })
  async replay(
    @Param('id', UuidPipe) id: string,
    @Query() query: ReplayQuery,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ReplayResponse> {
    return this.historyService.replay(id, query.seq, await this.access.readableFields(user, id));
  }

  @Get(':id/replay/steps')
  @UsePolicy('signedIn')
  @ApiOkResponse({
    description:
      '{items: [{seq, type, actor, at, data, state, status, activeStates, transitions, context, changes}], total, nextFrom} recomputed from history',
  })
  async replaySteps(
    @Param('id', UuidPipe) id: string,
    @Query() query: ReplayStepsQuery,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ReplayStepsResponse> {
    const hidden = await this.access.readableFields(user, id);
    return this.historyService.replaySteps(id, query.from, query.limit, hidden);
  }

  @Get(':id/verify')
  @UsePolicy('signedIn')
  @ApiOkResponse({ description: '{ok, checked, firstBadSeq?, reason?}' })
  async verify(@Param('id', UuidPipe) id: string, @CurrentUser() user: AuthenticatedUser): Promise<VerifyResponse> {
    await this.access.assertReadable(user, id);
    return this.historyService.verify(id);
  }
}
