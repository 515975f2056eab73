import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { CompleteTaskResponse, Task, TaskCounts, TaskList } from '@liucheng/contracts';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { InboxFilterQuery } from '../common/inbox-filter.query';
import { UuidPipe } from '../common/uuid.pipe';
import { UsePolicy } from '../policies/policy.decorator';
import { idempotentRequest } from '../idempotency/idempotency';
import { routeOf } from '../instances/instances.controller';
import { AssignTaskDto } from './dto/assign-task.dto';
import { CompleteTaskDto } from './dto/complete-task.dto';
import { ListTasksQuery } from './dto/list-tasks.query';
import { TasksService } from './tasks.service';

@ApiTags('tasks')
@ApiBearerAuth()
@Controller('tasks')
export class TasksController {
  constructor(private readonly tasks: TasksService) {}

  @Get()
  @UsePolicy('signedIn')
  @ApiOkResponse({
    description:
      '{items: (Task & {instance: {id, definitionKey, version, title, businessKey, startedBy, state, status}})[]}; scope=all: leader, auditor, admin (403 otherwise)',
  })
  list(@Query() query: ListTasksQuery, @CurrentUser() user: AuthenticatedUser): Promise<TaskList> {
    return this.tasks.list(user, query);
  }

  @Get('counts')
  @UsePolicy('signedIn')
  @ApiOkResponse({
    description:
      '{mine, claimable, overdue}: open tasks assigned to me, claimable by my roles, and overdue of those; narrowed by the inbox search',
  })
  counts(@Query() query: InboxFilterQuery, @CurrentUser() user: AuthenticatedUser): Promise<TaskCounts> {
    return this.tasks.counts(user, query);
  }

  @Get(':id')
  @UsePolicy('signedIn')
  @ApiOkResponse({ description: 'Task; 403 for a user who may not read its instance' })
  get(@Param('id', UuidPipe) id: string, @CurrentUser() user: AuthenticatedUser): Promise<Task> {
    return this.tasks.read(id, user);
  }

  @Post(':id/complete')
  @UsePolicy('work')
  @HttpCode(200)
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiOkResponse({
    description:
      '{task, instance}; 403 unless assignee or (unclaimed) candidate; 422 outcome or form data naming the field; 409 not open',
  })
  complete(
    @Param('id', UuidPipe) id: string,
    @Body() dto: CompleteTaskDto,
    @CurrentUser() user: AuthenticatedUser,
    @Headers('idempotency-key') key: string | undefined,
    @Req() request: FastifyRequest,
  ): Promise<CompleteTaskResponse> {
    return this.tasks.complete(
      id,
      dto.outcome,
      dto.data,
      user,
      idempotentRequest(key, user.username, routeOf(request), request.body),
    );
  }

  @Post(':id/claim')
  @UsePolicy('work')
  @HttpCode(200)
  @ApiOkResponse({ description: 'Task; 403 unless a candidate; 409 claimed by someone else or not open' })
  claim(@Param('id', UuidPipe) id: string, @CurrentUser() user: AuthenticatedUser): Promise<Task> {
    return this.tasks.claim(id, user);
  }

  @Post(':id/unclaim')
  @UsePolicy('work')
  @HttpCode(200)
  @ApiOkResponse({ description: 'Task; 403 unless assignee, leader or admin; 409 when it has no candidate roles' })
  unclaim(@Param('id', UuidPipe) id: string, @CurrentUser() user: AuthenticatedUser): Promise<Task> {
    return this.tasks.unclaim(id, user);
  }

  @Post(':id/assign')
  @UsePolicy('assignTasks')
  @HttpCode(200)
  @ApiOkResponse({ description: 'Task; leader or admin; 422 when the user is unknown, deactivated or not eligible' })
  assign(@Param('id', UuidPipe) id: string, @Body() dto: AssignTaskDto): Promise<Task> {
    return this.tasks.assign(id, dto.username);
  }
}
