import { createHmac } from 'node:crypto';
import type { NotificationOptions } from './notification-options';
import { webhookBody, type ClaimedDelivery } from './delivery-payload';

/** `sha256=<hex HMAC-SHA256 of the raw body>`, the value of `X-Liucheng-Signature`. */
export function webhookSignature(rawBody: string, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(rawBody).digest('hex')}`;
}

/** POSTs a notification as JSON; any 2xx is delivered, anything else (or no answer in time) throws. */
export class WebhookChannel {
  constructor(private readonly options: NonNullable<NotificationOptions['webhook']>) {}

  async deliver(delivery: ClaimedDelivery): Promise<void> {
    const body = JSON.stringify(webhookBody(delivery));
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      // Receivers de-duplicate on this: a retried or re-claimed delivery keeps its id.
      'x-liucheng-delivery': delivery.id,
      'x-liucheng-attempt': String(delivery.attempts),
    };
    if (this.options.secret) headers['x-liucheng-signature'] = webhookSignature(body, this.options.secret);
    const timeoutMs = this.options.timeoutMs ?? 10_000;
    let response: Response;
    try {
      response = await fetch(this.options.url, {
        method: 'POST',
        headers,
        body,
        signal: AbortSignal.timeout(timeoutMs),
        redirect: 'manual',
      });
    } catch (error) {
      // A DOMException, not always an Error of this realm: compare the name.
      if ((error as { name?: string } | null)?.name === 'TimeoutError') {
        throw new Error(`no answer within ${timeoutMs} ms`);
      }
      throw error;
    }
    // The body is not needed; reading it frees the connection.
    await response.arrayBuffer().catch(() => undefined);
    if (response.status < 200 || response.status > 299) throw new Error(`webhook answered HTTP ${response.status}`);
  }
}
