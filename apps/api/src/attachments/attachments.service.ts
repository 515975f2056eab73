import { Injectable } from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { AttachmentContract, AttachmentUploaded } from '@liucheng/contracts';
import { attachmentsInFields } from '@liucheng/engine';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { ApiError } from '../common/api-error';
import { inTransaction, rows } from '../common/transaction';
import { HiddenFieldsService } from '../instances/hidden-fields.service';
import { instanceReadable } from '../instances/instance-readable.query';
import { AttachmentStorage } from './attachment-storage';
import { judgeAttachmentType, normalizeContentType, ALLOWED_ATTACHMENT_TYPES } from './attachment-type.policy';
import { ATTACHMENT_COLUMNS, toAttachment, type AttachmentRow } from './attachment.rows';

export interface Upload {
  body: unknown;
  contentType: string | undefined;
  filename: string | undefined;
}

const refused = (status: number, code: string, message: string, path = '') =>
  new ApiError(status, message, { reason: code, errors: [{ path, message, code }] });

/** Upload, metadata, content and the instance's list; reads follow the instance read rule. */
@Injectable()
export class AttachmentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly storage: AttachmentStorage,
    private readonly hidden: HiddenFieldsService,
  ) {}

  async upload(user: AuthenticatedUser, upload: Upload): Promise<AttachmentUploaded> {
    const contentType = normalizeContentType(upload.contentType);
    if (!Buffer.isBuffer(upload.body)) {
      if (upload.body === undefined || contentType === '')
        throw refused(400, 'attachment-empty', 'The body must be the file itself (an empty file is not an attachment)');
      throw refused(
        415,
        'attachment-type-not-allowed',
        `Allowed types: ${ALLOWED_ATTACHMENT_TYPES.join(', ')}`,
        '/contentType',
      );
    }
    const bytes = upload.body;
    if (bytes.length === 0) throw refused(400, 'attachment-empty', 'The file is empty');
    if (upload.filename === undefined)
      throw refused(
        400,
        'attachment-filename-invalid',
        'X-Filename (percent-encoded UTF-8) or ?filename= must name the file (no path, no control characters, at most 255 characters)',
        '/filename',
      );
    const verdict = judgeAttachmentType(contentType, bytes);
    if (verdict === 'attachment-type-not-allowed')
      throw refused(
        415,
        verdict,
        `${contentType || 'This type'} is not allowed; allowed: ${ALLOWED_ATTACHMENT_TYPES.join(', ')}`,
        '/contentType',
      );
    if (verdict === 'attachment-content-mismatch')
      throw refused(415, verdict, `The file's content is not ${contentType}`, '/contentType');
    const id = randomUUID();
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    await inTransaction(this.dataSource, async (q) => {
      await q.query(
        // created_at is the database's time (not the app clock): the one-day cleanup compares it with now().
        `INSERT INTO attachments (id, sha256, filename, content_type, size, uploaded_by)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [id, sha256, upload.filename, contentType, bytes.length, user.username],
      );
      await this.storage.write(q, id, bytes);
    });
    return { id, sha256, filename: upload.filename, contentType, size: bytes.length };
  }

  /** The metadata, when `user` may read it; 404 otherwise (existence is not leaked). */
  async get(user: AuthenticatedUser, id: string): Promise<AttachmentContract> {
    const [row] = await rows<AttachmentRow>(
      this.dataSource,
      `SELECT ${ATTACHMENT_COLUMNS} FROM attachments WHERE id = $1`,
      [id],
    );
    if (!row || !(await this.mayRead(user, row))) throw ApiError.notFound(`Attachment ${id} does not exist`);
    return toAttachment(row);
  }

  async content(user: AuthenticatedUser, id: string): Promise<{ meta: AttachmentContract; bytes: Buffer }> {
    const meta = await this.get(user, id);
    const bytes = await this.storage.read(id);
    if (!bytes) throw ApiError.notFound(`Attachment ${id} has no stored content`);
    return { meta, bytes };
  }

  /** The attachments bound to an instance, in history order; 404/403 like the instance itself. */
  async listForInstance(user: AuthenticatedUser, instanceId: string): Promise<AttachmentContract[]> {
    const readable = await this.instanceReadable(user, instanceId);
    if (readable === undefined) throw ApiError.notFound(`Instance ${instanceId} does not exist`);
    if (!readable) throw ApiError.forbidden(`${user.username} may not read instance ${instanceId}`);
    const list = await rows<AttachmentRow>(
      this.dataSource,
      `SELECT ${ATTACHMENT_COLUMNS} FROM attachments WHERE instance_id = $1 ORDER BY seq, created_at, id`,
      [instanceId],
    );
    const hidden = await this.hiddenAttachments(user, instanceId);
    return list.filter((row) => !hidden.has(row.id)).map(toAttachment);
  }

  /**
   * The uploader before binding; afterwards whoever may read the instance, unless a field
   * 表单权限 hides from them holds it (refused like an unreadable instance's).
   */
  private async mayRead(user: AuthenticatedUser, row: AttachmentRow): Promise<boolean> {
    if (row.instance_id === null) return row.uploaded_by === user.username;
    if ((await this.instanceReadable(user, row.instance_id)) !== true) return false;
    return !(await this.hiddenAttachments(user, row.instance_id)).has(row.id);
  }

  /** The instance's attachments a hidden field holds in any history entry (no query when nothing is hidden). */
  private async hiddenAttachments(user: AuthenticatedUser, instanceId: string): Promise<Set<string>> {
    const hidden = await this.hidden.forInstance(user, instanceId);
    if (hidden.length === 0) return new Set();
    const entries = await rows<{ data: unknown }>(
      this.dataSource,
      `SELECT data FROM instance_events WHERE instance_id = $1 ORDER BY seq`,
      [instanceId],
    );
    return attachmentsInFields(
      entries.map((e) => e.data),
      hidden,
    );
  }

  /** The instance read rule (instance-readable.query.ts); `undefined` when the instance does not exist. */
  private instanceReadable(user: AuthenticatedUser, instanceId: string): Promise<boolean | undefined> {
    return instanceReadable(this.dataSource, user, instanceId);
  }
}
