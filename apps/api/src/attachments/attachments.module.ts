import { Module } from '@nestjs/common';
import { DefinitionsModule } from '../definitions/definitions.module';
import { HiddenFieldsService } from '../instances/hidden-fields.service';
import { AttachmentCleanupService } from './attachment-cleanup.service';
import { AttachmentStorage, DatabaseAttachmentStorage } from './attachment-storage';
import { AttachmentsController } from './attachments.controller';
import { AttachmentsService } from './attachments.service';

/** Uploads and downloads; binding to an instance happens on the event path (attachment-binding.ts). */
@Module({
  imports: [DefinitionsModule],
  controllers: [AttachmentsController],
  providers: [
    AttachmentsService,
    AttachmentCleanupService,
    HiddenFieldsService,
    { provide: AttachmentStorage, useClass: DatabaseAttachmentStorage },
  ],
})
export class AttachmentsModule {}
