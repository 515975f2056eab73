import { Client, type ClientConfig } from 'pg';

/**
 * A `pg` client that always has an `error` listener. `pg` emits `error` when the server ends a
 * connection with no query running on it (pg_terminate_backend, a restart, a network reset);
 * pg-pool listens only while the client is idle in the pool, so a client checked out between
 * two queries (TypeORM's query runners) would throw the event out of the socket and end the
 * process. Here it is only recorded: the client is no longer queryable, its next query fails
 * with a connection error (a 503), and the pool discards it on release.
 */
export class ListeningClient extends Client {
  /** The first connection error this client saw, if any. */
  lostWith?: Error;

  constructor(config?: string | ClientConfig) {
    super(config);
    this.on('error', (error: Error) => {
      this.lostWith ??= error;
    });
  }
}
