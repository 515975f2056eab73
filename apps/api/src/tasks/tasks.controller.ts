import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { CompleteTaskResponse, Task, TaskList } from '@liucheng/contracts';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { UuidPipe } from '../common/uuid.pipe';
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
  @ApiOkResponse({ description: '{items: Task[]}' })
  list(@Query() query: ListTasksQuery, @CurrentUser() user: AuthenticatedUser): Promise<TaskList> {
    return this.tasks.list(user, query);
  }

  @Get(':id')
  @ApiOkResponse({ description: 'Task' })
  get(@Param('id', UuidPipe) id: string): Promise<Task> {
    return this.tasks.get(id);
  }

  @Post(':id/complete')
  @HttpCode(200)
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiOkResponse({ description: '{task, instance}' })
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
  @HttpCode(200)
  claim(@Param('id', UuidPipe) id: string, @CurrentUser() user: AuthenticatedUser): Promise<Task> {
    return this.tasks.claim(id, user);
  }

  @Post(':id/unclaim')
  @HttpCode(200)
  unclaim(@Param('id', UuidPipe) id: string, @CurrentUser() user: AuthenticatedUser): Promise<Task> {
    return this.tasks.unclaim(id, user);
  }

  @Post(':id/assign')
  @HttpCode(200)
  assign(
    @Param('id', UuidPipe) id: string,
    @Body() dto: AssignTaskDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<Task> {
    return this.tasks.assign(id, dto.username, user);
  }
}
