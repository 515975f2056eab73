import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type {
  Checkpoint,
  CheckpointPage,
  CheckpointVerificationResponse,
  SigningKey,
  SigningKeyList,
} from '@liucheng/contracts';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { PageQuery } from '../common/page.query';
import { UsePolicy } from '../policies/policy.decorator';
import { CheckpointSeqPipe } from './checkpoint-seq.pipe';
import { CheckpointsService } from './checkpoints.service';
import { CheckpointSignatureDto } from './dto/checkpoint-signature.dto';
import { SigningKeyDto } from './dto/signing-key.dto';
import { SigningKeysService } from './signing-keys.service';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
export class CheckpointsController {
  constructor(
    private readonly checkpoints: CheckpointsService,
    private readonly keys: SigningKeysService,
  ) {}

  @Get('checkpoints')
  @UsePolicy('readAudit')
  @ApiOkResponse({ description: '{items: Checkpoint[], nextCursor}, newest first (auditor, admin)' })
  list(@Query() query: PageQuery): Promise<CheckpointPage> {
    return this.checkpoints.list(query.limit ?? 50, query.cursor);
  }

  @Post('checkpoints')
  @UsePolicy('manageAudit')
  @ApiCreatedResponse({ description: 'Checkpoint taken now (admin)' })
  async create(): Promise<Checkpoint> {
    return (await this.checkpoints.create())!;
  }

  @Get('checkpoints/latest')
  @UsePolicy('readAudit')
  @ApiOkResponse({ description: 'Checkpoint; 404 details.code no-checkpoint before the first' })
  latest(): Promise<Checkpoint> {
    return this.checkpoints.latest();
  }

  @Get('checkpoints/:seq')
  @UsePolicy('readAudit')
  @ApiOkResponse({ description: 'Checkpoint with its signingPayload' })
  get(@Param('seq', CheckpointSeqPipe) seq: number): Promise<Checkpoint> {
    return this.checkpoints.get(seq);
  }

  @Get('checkpoints/:seq/verify')
  @UsePolicy('readAudit')
  @ApiOkResponse({ description: '{ok, checkpointSeq, checked, failures[{code, instanceId?, seq?, message}]}' })
  verify(@Param('seq', CheckpointSeqPipe) seq: number): Promise<CheckpointVerificationResponse> {
    return this.checkpoints.verify(seq);
  }

  @Post('checkpoints/:seq/signature')
  @UsePolicy('manageAudit')
  @HttpCode(200)
  @ApiOkResponse({ description: 'Checkpoint with the signature; 422 bad-signature or unknown-signing-key (admin)' })
  sign(
    @Param('seq', CheckpointSeqPipe) seq: number,
    @Body() body: CheckpointSignatureDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<Checkpoint> {
    return this.checkpoints.sign(seq, body.keyId.toLowerCase(), body.signature, user);
  }

  @Get('signing-keys')
  @UsePolicy('readAudit')
  @ApiOkResponse({ description: '{items: SigningKey[]}: the admins’ Ed25519 public keys' })
  listKeys(): Promise<SigningKeyList> {
    return this.keys.list();
  }

  @Post('signing-keys')
  @UsePolicy('manageAudit')
  @ApiCreatedResponse({ description: 'SigningKey; 422 bad-public-key; 409 signing-key-exists (admin)' })
  addKey(@Body() body: SigningKeyDto, @CurrentUser() user: AuthenticatedUser): Promise<SigningKey> {
    return this.keys.add(body.publicKey, body.label, user);
  }
}
