import { connect, createServer, type Server, type Socket } from 'node:net';

/** One proxied connection: the app's socket and ours to the database. */
interface Pair {
  client: Socket;
  upstream: Socket;
}

/** A cut waiting for the `count`-th client chunk that contains `text`. */
interface ArmedCut {
  text: string;
  /** Forward the matching chunk first (the database acts on it, its answer is lost). */
  forward: boolean;
  remaining: number;
  fired: () => void;
}

/**
 * A loopback TCP proxy between the app and its database that can break the network on purpose:
 * reset every connection at once, reset them when a given statement passes, or refuse new
 * connections (nothing listens on its port) until allowed again.
 */
export class TcpProxy {
  private server?: Server;
  private readonly pairs = new Set<Pair>();
  private armed?: ArmedCut;

  private constructor(
    private readonly targetHost: string,
    private readonly targetPort: number,
    private listenPort: number,
  ) {}

  /** Starts a proxy on an ephemeral port in front of the database of `databaseUrl`. */
  static async start(databaseUrl: string): Promise<TcpProxy> {
    const target = new URL(databaseUrl);
    const proxy = new TcpProxy(target.hostname, Number(target.port || 5432), 0);
    await proxy.listen();
    return proxy;
  }

  /** `databaseUrl` pointed at the proxy, with extra query parameters (e.g. `application_name`). */
  urlFor(databaseUrl: string, params: Record<string, string> = {}): string {
    const url = new URL(databaseUrl);
    url.hostname = '127.0.0.1';
    url.port = String(this.listenPort);
    for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
    return url.toString();
  }

  /** Open proxied connections. */
  get connections(): number {
    return this.pairs.size;
  }

  /** Resets every proxied connection at once (the app sees ECONNRESET); returns how many. */
  cutAll(): number {
    const n = this.pairs.size;
    for (const pair of [...this.pairs]) this.cut(pair, false);
    return n;
  }

  /**
   * Resets every connection when the `count`-th app→database chunk containing `text` passes:
   * before it reaches the database (`forward: false`) or right after (`forward: true`: the
   * database receives it, then the connection ends, and its answer never reaches the app).
   * Resolves once it fired.
   */
  cutOn(text: string, options: { forward: boolean; count?: number }): Promise<void> {
    return new Promise((fired) => {
      this.armed = { text, forward: options.forward, remaining: options.count ?? 1, fired };
    });
  }

  /** Cuts every connection and stops listening: connecting now fails with ECONNREFUSED. */
  async refuse(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    this.cutAll();
    if (server) await new Promise<void>((done) => server.close(() => done()));
  }

  /** Listens again on the same port. */
  async allow(): Promise<void> {
    if (!this.server) await this.listen();
  }

  async close(): Promise<void> {
    this.armed = undefined;
    await this.refuse();
  }

  private async listen(): Promise<void> {
    const server = createServer((client) => this.accept(client));
    await new Promise<void>((done, fail) => {
      server.once('error', fail);
      server.listen(this.listenPort, '127.0.0.1', () => {
        server.off('error', fail);
        done();
      });
    });
    const address = server.address();
    if (address && typeof address === 'object') this.listenPort = address.port;
    this.server = server;
  }

  private accept(client: Socket): void {
    const upstream = connect(this.targetPort, this.targetHost);
    const pair: Pair = { client, upstream };
    this.pairs.add(pair);
    client.setNoDelay(true);
    upstream.setNoDelay(true);
    client.on('data', (chunk: Buffer) => this.fromClient(pair, chunk));
    upstream.on('data', (chunk: Buffer) => {
      if (this.pairs.has(pair)) client.write(chunk);
    });
    const drop = () => this.cut(pair, true);
    // Both sides' errors are expected here (that is the point): they only end the pair.
    client.on('error', drop).on('close', drop);
    upstream.on('error', drop).on('close', drop);
  }

  private fromClient(pair: Pair, chunk: Buffer): void {
    if (!this.pairs.has(pair)) return;
    const armed = this.armed;
    if (armed && chunk.includes(armed.text) && --armed.remaining <= 0) {
      this.armed = undefined;
      if (armed.forward) {
        // The database gets the statement followed by an orderly end of its connection.
        pair.upstream.end(chunk);
        this.pairs.delete(pair);
        pair.client.resetAndDestroy();
      }
      this.cutAll();
      armed.fired();
      return;
    }
    pair.upstream.write(chunk);
  }

  private cut(pair: Pair, quietly: boolean): void {
    if (!this.pairs.delete(pair)) return;
    if (quietly) {
      pair.client.destroy();
      pair.upstream.destroy();
      return;
    }
    pair.client.resetAndDestroy();
    pair.upstream.resetAndDestroy();
  }
}
