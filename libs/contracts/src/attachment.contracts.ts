/** The answer to an upload, and the value a form field holding an attachment carries (`attachmentId` = `id`). */
export interface AttachmentUploaded {
  id: string;
  /** Lowercase hex SHA-256 of the bytes; also the download's ETag. */
  sha256: string;
  filename: string;
  contentType: string;
  size: number;
}

/** A form field holding an attachment, as event data carries it (checked against the stored upload). */
export interface AttachmentRefContract {
  attachmentId: string;
  sha256: string;
  filename: string;
  contentType: string;
  size: number;
}

/** An attachment's metadata (`GET /api/attachments/:id`, `GET /api/instances/:id/attachments`). */
export interface AttachmentContract extends AttachmentUploaded {
  uploadedBy: string;
  createdAt: string;
  /** The instance and history entry that bound it; null until an event references it. */
  instanceId: string | null;
  seq: number | null;
}

/** Stable codes of attachment refusals (`details.reason`, `details.errors[].code`). */
export const ATTACHMENT_PROBLEM_CODES = [
  'attachment-empty',
  'attachment-too-large',
  'attachment-type-not-allowed',
  'attachment-content-mismatch',
  'attachment-filename-invalid',
  'attachment-unavailable',
  'attachment-bound-elsewhere',
  'attachment-mismatch',
] as const;
export type AttachmentProblemCode = (typeof ATTACHMENT_PROBLEM_CODES)[number];
