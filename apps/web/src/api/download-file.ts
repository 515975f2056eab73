// Saving what a GET answers as a file: the request carries the session's token (a plain link
// could not), and a refusal becomes the same ApiError the rest of the app shows in the user's words.
import { ApiError, toErrorBody } from './api-error';
import { loadSession } from './token-store';

/** Fetches `path` with the session's token and saves the answer as `filename`. */
export async function downloadWithToken(path: string, filename: string): Promise<void> {
  const session = loadSession();
  const headers: Record<string, string> = {};
  if (session) headers.Authorization = `Bearer ${session.accessToken}`;
  const response = await fetch(path, { headers });
  if (!response.ok) {
    const payload = parseJson(await response.text());
    throw new ApiError(toErrorBody(response.status, response.statusText, payload));
  }
  const url = URL.createObjectURL(await response.blob());
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = filename;
    document.body.appendChild(link);
    link.click();
    link.remove();
  } finally {
    // Revoked after the click has been handled, so the download has its bytes.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}

/** The JSON of a refusal, or undefined when its body is empty or not JSON. */
export function parseJson(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
