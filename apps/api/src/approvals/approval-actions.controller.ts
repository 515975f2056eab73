import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { CompleteTaskResponse, Instance } from '@liucheng/contracts';
import { APPROVAL_EVENTS } from '@liucheng/engine';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { UuidPipe } from '../common/uuid.pipe';
import { UsePolicy } from '../policies/policy.decorator';
import { ApprovalActionsService } from './approval-actions.service';
import {
  AddApproversDto,
  CcUsersDto,
  HandOverTaskDto,
  RemoveApproverDto,
  ResolveDelegationDto,
  SendBackDto,
  UrgeDto,
  WithdrawDto,
} from './dto/approval-action.dto';

const ON_TASK =
  '{task, instance}; 403 unless you hold the approval task; 404 unknown task; 409 `details.reason` (task-not-open, not-an-approval, task-delegated, or the engine rule: already-approver, slot-not-open, …); 422 naming the field';

/** Approval actions: each one history entry with actor and reason (docs/http-api.md: Approvals). */
@ApiTags('approvals')
@ApiBearerAuth()
@Controller()
export class ApprovalActionsController {
  constructor(private readonly actions: ApprovalActionsService) {}

  @Post('tasks/:id/transfer')
  @UsePolicy('work')
  @HttpCode(200)
  @ApiOkResponse({
    description: `转办: the task goes to \`to\` for good; leaders and admins may transfer anyone's. ${ON_TASK}`,
  })
  transfer(
    @Param('id', UuidPipe) id: string,
    @Body() dto: HandOverTaskDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<CompleteTaskResponse> {
    return this.actions.transfer(id, dto.to, dto.reason, user);
  }

  @Post('tasks/:id/delegate')
  @UsePolicy('work')
  @HttpCode(200)
  @ApiOkResponse({ description: `委派: \`to\` works on it, then it returns to you to decide. ${ON_TASK}` })
  delegate(
    @Param('id', UuidPipe) id: string,
    @Body() dto: HandOverTaskDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<CompleteTaskResponse> {
    return this.actions.delegate(id, dto.to, dto.reason, user);
  }

  @Post('tasks/:id/resolve')
  @UsePolicy('work')
  @HttpCode(200)
  @ApiOkResponse({ description: `The delegate hands a delegated task back. ${ON_TASK}` })
  resolve(
    @Param('id', UuidPipe) id: string,
    @Body() dto: ResolveDelegationDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<CompleteTaskResponse> {
    return this.actions.resolveDelegation(id, dto.comment, user);
  }

  @Post('tasks/:id/add-approvers')
  @UsePolicy('work')
  @HttpCode(200)
  @ApiOkResponse({ description: `加签 before, after or alongside you. ${ON_TASK}` })
  addApprovers(
    @Param('id', UuidPipe) id: string,
    @Body() dto: AddApproversDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<CompleteTaskResponse> {
    return this.actions.addApprovers(id, dto.users, dto.position, dto.reason, user);
  }

  @Post('tasks/:id/send-back')
  @UsePolicy('work')
  @HttpCode(200)
  @ApiOkResponse({ description: `驳回 to an earlier step the definition allows (\`to\`: its state path). ${ON_TASK}` })
  sendBack(
    @Param('id', UuidPipe) id: string,
    @Body() dto: SendBackDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<CompleteTaskResponse> {
    return this.actions.sendBack(id, dto.to, dto.reason, user);
  }

  @Post('tasks/:id/cc')
  @UsePolicy('work')
  @HttpCode(200)
  @ApiOkResponse({ description: `抄送 the instance to users; they find it in 抄送我的. ${ON_TASK}` })
  cc(
    @Param('id', UuidPipe) id: string,
    @Body() dto: CcUsersDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<CompleteTaskResponse> {
    return this.actions.cc(id, dto.users, dto.comment, user);
  }

  @Post('instances/:id/withdraw')
  @UsePolicy('work')
  @HttpCode(200)
  @ApiOkResponse({
    description:
      'Instance; 撤回 by the starter (403 otherwise); 409 `details.reason` already-acted or withdraw-not-allowed',
  })
  withdraw(
    @Param('id', UuidPipe) id: string,
    @Body() dto: WithdrawDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<Instance> {
    return this.actions.starterAction(id, APPROVAL_EVENTS.withdraw, dto.reason ? { reason: dto.reason } : {}, user);
  }

  @Post('instances/:id/urge')
  @UsePolicy('work')
  @HttpCode(200)
  @ApiOkResponse({
    description:
      'Instance; 催办 by the starter (403 otherwise): notifies the current approvers; 409 `details.reason` urge-too-soon (with `retryAt`) or nobody-to-urge',
  })
  urge(
    @Param('id', UuidPipe) id: string,
    @Body() dto: UrgeDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<Instance> {
    return this.actions.starterAction(id, APPROVAL_EVENTS.urge, dto.comment ? { comment: dto.comment } : {}, user);
  }

  @Post('instances/:id/remove-approver')
  @UsePolicy('work')
  @HttpCode(200)
  @ApiOkResponse({
    description:
      'Instance; 减签 by whoever added the approver, or an admin; 404 unknown slot; 409 not-added or slot-not-open',
  })
  removeApprover(
    @Param('id', UuidPipe) id: string,
    @Body() dto: RemoveApproverDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<Instance> {
    return this.actions.removeApprover(id, dto.statePath, dto.slot, dto.reason, user);
  }
}
