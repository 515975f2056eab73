import { findAttachmentRefs, type AttachmentRef, type JsonObject } from '@liucheng/engine';
import type { ProblemContract } from '@liucheng/contracts';
import { ApiError } from '../common/api-error';
import { rows, type Tx } from '../common/transaction';

interface StoredRef {
  id: string;
  sha256: string;
  filename: string;
  content_type: string;
  size: number;
  uploaded_by: string;
  instance_id: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Checks every attachment the event data references, inside the event's transaction and
 * before the step: it exists, was uploaded by the actor or is already bound to this instance,
 * is bound to no other instance, and the data's sha256, size, filename and content type are
 * the stored ones (so the history entry's hash covers the content hash). Returns the ids to
 * bind with this step. No references: no query.
 */
export async function checkAttachmentRefs(
  q: Tx,
  data: JsonObject,
  actor: string,
  instanceId: string,
  dataField: '/data' | '/input',
): Promise<string[]> {
  const refs = findAttachmentRefs(data);
  if (refs.length === 0) return [];
  const ids = [...new Set(refs.map((r) => r.attachmentId).filter((id) => UUID.test(id)))];
  const stored = ids.length
    ? await rows<StoredRef>(
        q,
        `SELECT id, sha256, filename, content_type, size, uploaded_by, instance_id FROM attachments
          WHERE id = ANY($1::uuid[]) FOR UPDATE`,
        [ids],
      )
    : [];
  const byId = new Map(stored.map((row) => [row.id, row]));
  const problems = refs.flatMap((ref) => refProblems(ref, byId.get(ref.attachmentId.toLowerCase()), actor, instanceId));
  if (problems.length) {
    const errors = problems.map((p) => ({ ...p, path: `${dataField}${p.path}` }));
    throw ApiError.unprocessable(
      `Attachment references are invalid: ${errors.map((e) => `${e.path} ${e.message}`).join('; ')}`,
      {
        reason: errors[0].code,
        errors,
      },
    );
  }
  return stored.filter((row) => row.instance_id === null).map((row) => row.id);
}

function refProblems(
  ref: AttachmentRef,
  row: StoredRef | undefined,
  actor: string,
  instanceId: string,
): ProblemContract[] {
  const at = `${ref.path}/attachmentId`;
  // Someone else's upload is reported like a missing one: existence is not leaked.
  if (!row || (row.instance_id !== instanceId && row.uploaded_by !== actor))
    return [{ path: at, message: 'is no attachment you uploaded', code: 'attachment-unavailable' }];
  if (row.instance_id !== null && row.instance_id !== instanceId)
    return [{ path: at, message: 'is attached to another instance', code: 'attachment-bound-elsewhere' }];
  const expected: [keyof AttachmentRef, unknown][] = [
    ['sha256', row.sha256],
    ['size', row.size],
    ['contentType', row.content_type],
    ['filename', row.filename],
  ];
  return expected
    .filter(([field, value]) => ref[field] !== value)
    .map(([field, value]) => ({
      path: `${ref.path}/${field}`,
      message: `does not match the stored attachment (${JSON.stringify(value)})`,
      code: 'attachment-mismatch',
      params: { expected: value },
    }));
}
