// Attachment uploads and downloads with the session's token. Uploading uses XMLHttpRequest
// because fetch reports no upload progress.
import type { UploadedAttachment } from '../attachments/attachment-value';
import { ApiError, NETWORK_ERROR_STATUS, toErrorBody } from './api-error';
import { downloadWithToken, parseJson } from './download-file';
import { loadSession, saveSession } from './token-store';

/** Progress as a fraction 0…1. */
export type ProgressListener = (fraction: number) => void;

/**
 * Sends the file's bytes to `POST /api/attachments`; resolves with the API's answer, rejects with ApiError.
 * @example const uploaded = await uploadAttachment(file, (p) => setPercent(p * 100));
 */
export function uploadAttachment(file: File, onProgress?: ProgressListener): Promise<UploadedAttachment> {
  const session = loadSession();
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/attachments');
    xhr.setRequestHeader('Accept', 'application/json');
    // An empty type would be refused as not allowed: name it plainly so the server can say so.
    xhr.setRequestHeader('Content-Type', file.type || 'application/octet-stream');
    xhr.setRequestHeader('X-Filename', encodeURIComponent(file.name));
    if (session) xhr.setRequestHeader('Authorization', `Bearer ${session.accessToken}`);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress?.(event.loaded / event.total);
    };
    xhr.onerror = () =>
      reject(new ApiError({ statusCode: NETWORK_ERROR_STATUS, error: 'Network Error', message: 'Upload failed' }));
    xhr.onload = () => {
      const payload = parseJson(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300) return resolve(payload as UploadedAttachment);
      if (xhr.status === 401 && session) saveSession(null);
      reject(new ApiError(toErrorBody(xhr.status, xhr.statusText, payload)));
    };
    xhr.send(file);
  });
}

/** Fetches `GET /api/attachments/:id/content` with the token and hands the bytes to the browser as a download. */
export function downloadAttachment(attachmentId: string, filename: string): Promise<void> {
  return downloadWithToken(`/api/attachments/${encodeURIComponent(attachmentId)}/content`, filename);
}
