// Downloads one instance's evidence bundle (GET /api/audit/bundles, the `audit` feature's route)
// with the session's token, as a file the browser saves.
import { downloadWithToken } from './download-file';

export type BundleFormat = 'json' | 'csv' | 'html';

/** Fetches the bundle of `instanceId` in `format` (the HTML report in `lang`) and saves it. */
export function downloadBundle(instanceId: string, format: BundleFormat, lang: string): Promise<void> {
  const query = new URLSearchParams({ instanceId, format, lang });
  return downloadWithToken(`/api/audit/bundles?${query.toString()}`, `evidence-${instanceId}.${format}`);
}
