import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { defaultRegistry, describeRegistry, type RegistryDescription } from '@liucheng/engine';
import { UsePolicy } from '../policies/policy.decorator';

@ApiTags('registry')
@Controller('registry')
export class RegistryController {
  private description?: RegistryDescription;

  /** Guards, actions and delays the designer may offer (the registry is fixed per process). */
  @Get()
  @UsePolicy('signedIn')
  @ApiOkResponse({ description: '{guards, actions, delays}: each item {name, title: {zh, en}, params}' })
  registry(): RegistryDescription {
    this.description ??= describeRegistry(defaultRegistry);
    return this.description;
  }
}
