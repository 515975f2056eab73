import type { AttachmentContract } from '@liucheng/contracts';

/** An `attachments` row without its content. */
export interface AttachmentRow {
  id: string;
  sha256: string;
  filename: string;
  content_type: string;
  size: number;
  uploaded_by: string;
  created_at: Date;
  instance_id: string | null;
  seq: number | null;
}

export const ATTACHMENT_COLUMNS = 'id, sha256, filename, content_type, size, uploaded_by, created_at, instance_id, seq';

export function toAttachment(row: AttachmentRow): AttachmentContract {
  return {
    id: row.id,
    sha256: row.sha256,
    filename: row.filename,
    contentType: row.content_type,
    size: row.size,
    uploadedBy: row.uploaded_by,
    createdAt: new Date(row.created_at).toISOString(),
    instanceId: row.instance_id,
    seq: row.seq,
  };
}
