import { Body, Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { RoleInfo, User, UserList } from '@liucheng/contracts';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { UsePolicy } from '../policies/policy.decorator';
import { CreateUserDto } from './dto/create-user.dto';
import { SetPasswordDto } from './dto/set-password.dto';
import { UpdateUserDto } from './dto/update-user.dto';
import { UsersService } from './users.service';

@ApiTags('users')
@ApiBearerAuth()
@Controller()
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get('users')
  @UsePolicy('readUsers')
  @ApiOkResponse({ description: '{items: User[]} (leader, auditor, admin); never a password or its hash' })
  list(): Promise<UserList> {
    return this.users.list();
  }

  @Get('users/me')
  @UsePolicy('signedIn')
  @ApiOkResponse({ description: 'The signed-in user' })
  me(@CurrentUser() user: AuthenticatedUser): Promise<User> {
    return this.users.get(user.username);
  }

  @Get('users/:username')
  @UsePolicy('readUsers')
  @ApiOkResponse({ description: 'User (leader, auditor, admin)' })
  get(@Param('username') username: string): Promise<User> {
    return this.users.get(username);
  }

  @Post('users')
  @UsePolicy('manageUsers')
  @ApiCreatedResponse({
    description: 'User (admin); 422 naming the field (/username, /password min 8, /roles/0, /manager); 409 taken',
  })
  create(@Body() dto: CreateUserDto): Promise<User> {
    return this.users.create(dto);
  }

  @Patch('users/:username')
  @UsePolicy('manageUsers')
  @ApiOkResponse({
    description: "User (admin); active: false deactivates; role changes and deactivation revoke the user's tokens",
  })
  update(
    @Param('username') username: string,
    @Body() dto: UpdateUserDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<User> {
    return this.users.update(username, dto, user);
  }

  @Post('users/:username/password')
  @UsePolicy('ownAccount')
  @HttpCode(204)
  @ApiNoContentResponse({
    description:
      "Admins (not holding auditor) set anyone else's; users change their own with currentPassword (422 when wrong); revokes the user's tokens",
  })
  async setPassword(
    @Param('username') username: string,
    @Body() dto: SetPasswordDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<void> {
    await this.users.setPassword(username, dto.password, dto.currentPassword, user);
  }

  @Get('roles')
  @UsePolicy('signedIn')
  @ApiOkResponse({ description: '[{name, title: {zh, en}}]' })
  roles(): Promise<RoleInfo[]> {
    return this.users.roles();
  }
}
