import { Body, Controller, Delete, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { UserProxy, UserProxyList } from '@liucheng/contracts';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { UuidPipe } from '../common/uuid.pipe';
import { UsePolicy } from '../policies/policy.decorator';
import { CreateProxyDto } from './dto/create-proxy.dto';
import { ListProxiesQuery } from './dto/list-proxies.query';
import { ProxiesService } from './proxies.service';

/** 代理: out-of-office proxies (who may do what: policies/proxy.policy.ts). */
@ApiTags('proxies')
@ApiBearerAuth()
@Controller()
export class ProxiesController {
  constructor(private readonly proxies: ProxiesService) {}

  @Get('users/:username/proxies')
  @UsePolicy('signedIn')
  @ApiOkResponse({ description: '{items: UserProxy[]} latest start first (the user themself, admins, auditors)' })
  list(@Param('username') username: string, @CurrentUser() user: AuthenticatedUser): Promise<UserProxyList> {
    return this.proxies.listFor(username, user);
  }

  @Post('users/:username/proxies')
  @UsePolicy('ownProxies')
  @ApiCreatedResponse({
    description:
      'UserProxy (the user themself, or an admin); 422 /proxy (unknown-user, proxy-inactive, proxy-read-only, proxy-is-principal, proxy-cycle) or /endsAt (ends-before-start, ends-in-past); 409 proxy-overlap',
  })
  create(
    @Param('username') username: string,
    @Body() dto: CreateProxyDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<UserProxy> {
    return this.proxies.create(username, dto, user);
  }

  @Delete('users/:username/proxies/:id')
  @UsePolicy('ownProxies')
  @ApiOkResponse({ description: 'The cancelled UserProxy (again: unchanged); 409 proxy-ended' })
  cancel(
    @Param('username') username: string,
    @Param('id', UuidPipe) id: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<UserProxy> {
    return this.proxies.cancel(username, id, user);
  }

  @Get('proxies')
  @UsePolicy('readProxies')
  @ApiOkResponse({ description: '{items: UserProxy[]}: ranges holding at activeAt (default now), by principal' })
  active(@Query() query: ListProxiesQuery): Promise<UserProxyList> {
    return this.proxies.listActive(query.activeAt);
  }
}
