// Downloads one instance's evidence bundle (GET /api/audit/bundles, the `audit` feature's route)
// with the session's token, as a file the browser saves.
import { ApiError, toErrorBody } from './api-error';
import { loadSession } from './token-store';

export type BundleFormat = 'json' | 'csv' | 'html';

/** Fetches the bundle of `instanceId` in `format` (the HTML report in `lang`) and saves it. */
export async function downloadBundle(instanceId: string, format: BundleFormat, lang: string): Promise<void> {
  const session = loadSession();
  const headers: Record<string, string> = {};
  if (session) headers.Authorization = `Bearer ${session.accessToken}`;
  const query = new URLSearchParams({ instanceId, format, lang });
  const response = await fetch(`/api/audit/bundles?${query.toString()}`, { headers });
  if (!response.ok) {
    const text = await response.text();
    let payload: unknown;
    try {
      payload = text ? JSON.parse(text) : undefined;
    } catch {
      payload = undefined;
    }
    throw new ApiError(toErrorBody(response.status, response.statusText, payload));
  }
  const url = URL.createObjectURL(await response.blob());
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = `evidence-${instanceId}.${format}`;
    document.body.appendChild(link);
    link.click();
    link.remove();
  } finally {
    // Revoked after the click has been handled, so the download has its bytes.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}
