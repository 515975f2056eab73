import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the receiver got, with its raw body (what the signature covers). */
export interface ReceivedWebhook {
  headers: IncomingMessage['headers'];
  rawBody: string;
  body: { deliveryId: string; instanceId: string; [key: string]: unknown };
}

/** How the receiver answers the n-th request (1-based) of one delivery id; `hang` never answers. */
export type Answer = (attempt: number, request: ReceivedWebhook) => number | 'hang';

export interface WebhookReceiver {
  url: string;
  received: ReceivedWebhook[];
  /** Requests of one delivery. */
  of(deliveryId: string): ReceivedWebhook[];
  /** Resolves with the first request matching `match` (already received or still to come). */
  next(match: (request: ReceivedWebhook) => boolean): Promise<ReceivedWebhook>;
  close(): Promise<void>;
}

/** A real `node:http` receiver on 127.0.0.1, port 0, answering as `answer` says. */
export async function startWebhookReceiver(answer: Answer): Promise<WebhookReceiver> {
  const received: ReceivedWebhook[] = [];
  const waiting: { match: (r: ReceivedWebhook) => boolean; resolve: (r: ReceivedWebhook) => void }[] = [];
  const hanging = new Set<ServerResponse>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const rawBody = Buffer.concat(chunks).toString('utf8');
      const request: ReceivedWebhook = { headers: req.headers, rawBody, body: JSON.parse(rawBody) };
      received.push(request);
      for (const w of waiting.filter((w) => w.match(request))) {
        waiting.splice(waiting.indexOf(w), 1);
        w.resolve(request);
      }
      const attempt = received.filter((r) => r.body.deliveryId === request.body.deliveryId).length;
      const status = answer(attempt, request);
      if (status === 'hang') {
        hanging.add(res);
        return;
      }
      res.writeHead(status, { 'content-type': 'text/plain' }).end(status < 300 ? 'ok' : 'no');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/liucheng`,
    received,
    of: (deliveryId) => received.filter((r) => r.body.deliveryId === deliveryId),
    next: (match) => {
      const found = received.find(match);
      return found ? Promise.resolve(found) : new Promise((resolve) => waiting.push({ match, resolve }));
    },
    close: async () => {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A URL nothing listens on: a port bound then released. */
export async function deadUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/hooks/liucheng`;
}
