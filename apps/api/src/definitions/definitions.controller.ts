import { Body, Controller, Get, HttpCode, Inject, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type {
  DefinitionDetail,
  DefinitionSummary,
  DefinitionVersion,
  DraftResponse,
  PublishResponse,
  ValidationResponse,
} from '@liucheng/contracts';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { CLOCK, type Clock } from '../common/clock';
import { DefinitionKeyPipe } from '../common/definition-key.pipe';
import { VersionPipe } from '../common/version.pipe';
import { UsePolicy } from '../policies/policy.decorator';
import { DefinitionsService } from './definitions.service';
import { SpecBodyDto } from './dto/spec-body.dto';

@ApiTags('definitions')
@ApiBearerAuth()
@Controller('definitions')
export class DefinitionsController {
  constructor(
    private readonly definitions: DefinitionsService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @UsePolicy('signedIn')
  @ApiOkResponse({ description: '[{key, title, latestVersion, hasDraft}]' })
  list(): Promise<DefinitionSummary[]> {
    return this.definitions.list();
  }

  @Post('validate')
  @UsePolicy('signedIn')
  @HttpCode(200)
  @ApiOkResponse({
    description: '{ok, errors, warnings}: problems are {path, code, params, severity, message}; ok = no errors',
  })
  validate(@Body() dto: SpecBodyDto): ValidationResponse {
    return this.definitions.validate(dto.spec);
  }

  @Get(':key')
  @UsePolicy('signedIn')
  @ApiOkResponse({ description: '{key, title, versions, draft}' })
  get(@Param('key', DefinitionKeyPipe) key: string): Promise<DefinitionDetail> {
    return this.definitions.get(key);
  }

  @Get(':key/versions/:version')
  @UsePolicy('signedIn')
  @ApiOkResponse({ description: '{key, version, spec, checksum, publishedAt, publishedBy}' })
  getVersion(
    @Param('key', DefinitionKeyPipe) key: string,
    @Param('version', VersionPipe) version: number,
  ): Promise<DefinitionVersion> {
    return this.definitions.getVersion(key, version);
  }

  @Put(':key/draft')
  @UsePolicy('editDefinitions')
  @ApiOkResponse({ description: '{key, draft, validation: {ok, errors, warnings}}; an invalid draft is saved too' })
  saveDraft(
    @Param('key', DefinitionKeyPipe) key: string,
    @Body() dto: SpecBodyDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<DraftResponse> {
    return this.definitions.saveDraft(key, dto.spec, user.username, this.clock());
  }

  @Post(':key/publish')
  @UsePolicy('editDefinitions')
  @ApiCreatedResponse({ description: '{key, version, checksum}; invalid draft 422, no draft 409, unknown key 404' })
  publish(
    @Param('key', DefinitionKeyPipe) key: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<PublishResponse> {
    return this.definitions.publish(key, user.username, this.clock());
  }
}
