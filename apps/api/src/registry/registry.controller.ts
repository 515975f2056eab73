import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { describeRegistry, type Registry, type RegistryDescription } from '@liucheng/engine';
import { UsePolicy } from '../policies/policy.decorator';
import { REGISTRY } from './registry.provider';

@ApiTags('registry')
@Controller('registry')
export class RegistryController {
  private readonly description: RegistryDescription;

  constructor(@Inject(REGISTRY) registry: Registry) {
    // The registry is fixed for the life of the process, so its description is too.
    this.description = describeRegistry(registry);
  }

  /** Guards, actions and delays the designer may offer. */
  @Get()
  @UsePolicy('signedIn')
  @ApiOkResponse({ description: '{guards, actions, delays}: each item {name, title: {zh, en}, params}' })
  registry(): RegistryDescription {
    return this.description;
  }
}
