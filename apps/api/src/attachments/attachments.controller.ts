import { Controller, Get, Headers, Param, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AttachmentContract, AttachmentUploaded } from '@liucheng/contracts';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { UuidPipe } from '../common/uuid.pipe';
import { UsePolicy } from '../policies/policy.decorator';
import { contentDisposition, parseFilename } from './attachment-filename';
import { ALLOWED_ATTACHMENT_TYPES } from './attachment-type.policy';
import { AttachmentsService } from './attachments.service';

@ApiTags('attachments')
@ApiBearerAuth()
@Controller()
export class AttachmentsController {
  constructor(private readonly attachments: AttachmentsService) {}

  @Post('attachments')
  @UsePolicy('work')
  @ApiConsumes(...ALLOWED_ATTACHMENT_TYPES)
  @ApiBody({ description: 'The file itself (raw bytes)', schema: { type: 'string', format: 'binary' } })
  @ApiHeader({ name: 'X-Filename', required: false, description: "The file's name, percent-encoded UTF-8" })
  @ApiQuery({ name: 'filename', required: false, description: 'The file name when X-Filename is not sent' })
  @ApiCreatedResponse({
    description:
      '{id, sha256, filename, contentType, size}; 400 empty or no filename, 413 too large, 415 type not allowed or content not of the declared type',
  })
  upload(
    @Req() request: FastifyRequest,
    @Headers('x-filename') filenameHeader: string | undefined,
    @Query('filename') filenameQuery: unknown,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<AttachmentUploaded> {
    return this.attachments.upload(user, {
      body: request.body,
      contentType: request.headers['content-type'],
      filename: parseFilename(filenameHeader, filenameQuery),
    });
  }

  @Get('attachments/:id')
  @UsePolicy('signedIn')
  @ApiOkResponse({ description: 'Metadata; 404 unless the uploader (unbound) or a reader of its instance' })
  get(@Param('id', UuidPipe) id: string, @CurrentUser() user: AuthenticatedUser): Promise<AttachmentContract> {
    return this.attachments.get(user, id);
  }

  @Get('attachments/:id/content')
  @UsePolicy('signedIn')
  @ApiOkResponse({ description: 'The bytes with the stored content type; ETag = sha256; 404 like the metadata' })
  async content(
    @Param('id', UuidPipe) id: string,
    @CurrentUser() user: AuthenticatedUser,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer | undefined> {
    const { meta, bytes } = await this.attachments.content(user, id);
    const etag = `"${meta.sha256}"`;
    void reply
      .header('etag', etag)
      .header('cache-control', 'private, no-cache')
      .header('x-content-type-options', 'nosniff');
    if (ifNoneMatch?.split(',').some((tag) => tag.trim() === etag)) {
      void reply.status(304);
      return undefined;
    }
    void reply
      .header('content-type', meta.contentType)
      .header('content-disposition', contentDisposition(meta.filename));
    return bytes;
  }

  @Get('instances/:id/attachments')
  @UsePolicy('signedIn')
  @ApiOkResponse({ description: "{items: Attachment[]}: the instance's bound attachments; 404/403 like the instance" })
  async list(
    @Param('id', UuidPipe) id: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<{ items: AttachmentContract[] }> {
    return { items: await this.attachments.listForInstance(user, id) };
  }
}
