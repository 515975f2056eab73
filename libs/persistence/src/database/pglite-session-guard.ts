import type { PGlite } from '@electric-sql/pglite';

/** Frontend message types (first byte) of an extended-query sequence, which a Sync ends. */
const SYNC = 0x53; // 'S'
const EXTENDED = new Set([0x50, 0x42, 0x44, 0x45, 0x43, 0x48]); // Parse Bind Describe Execute Close Flush
const SYNC_MESSAGE = new Uint8Array([SYNC, 0, 0, 0, 4]);

/**
 * pglite-socket serves every client on PGlite's one session and keeps it for one client only
 * while that client is inside a transaction block. Two clients' extended queries (Parse, Bind,
 * Execute, Sync) can therefore interleave: the second Bind replaces the first's portal and one
 * of them gets an empty result with no error (a token check then reads "no such user").
 * And a client lost between Execute and Sync leaves the session waiting for that Sync.
 *
 * This reports an open extended-query sequence as a transaction, so pglite-socket keeps the
 * session for its client until the Sync; when that client disconnects first, pglite-socket's
 * own clean-up (`exec('ROLLBACK')`) is preceded by the missing Sync.
 */
export function guardExtendedQueries(db: PGlite): void {
  const inTransactionBlock = db.isInTransaction.bind(db);
  const stream = db.execProtocolRawStream.bind(db);
  const exec = db.exec.bind(db);
  let open = false;

  db.isInTransaction = () => open || inTransactionBlock();
  db.execProtocolRawStream = async (message, options) => {
    const type = message[0];
    await stream(message, options);
    if (type === SYNC) open = false;
    else if (EXTENDED.has(type)) open = true;
  };
  db.exec = async (sql, options) => {
    if (open) {
      open = false;
      await stream(SYNC_MESSAGE, { onRawData: () => undefined });
      // The abandoned sequence was the whole "transaction": nothing left to roll back.
      if (!inTransactionBlock() && /^\s*ROLLBACK\s*;?\s*$/i.test(sql)) return [];
    }
    return exec(sql, options);
  };
}
