import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { rows, type Tx } from '../common/transaction';

/**
 * Where attachment bytes live. The default keeps them in the `attachments.content` column (the
 * same database, PGlite or PostgreSQL); an object store would implement this and leave the
 * column NULL.
 */
export abstract class AttachmentStorage {
  /** Stores the bytes of a metadata row just inserted, in the upload's transaction. */
  abstract write(q: Tx, id: string, content: Buffer): Promise<void>;
  /** The bytes, or `undefined` when none are stored. */
  abstract read(id: string): Promise<Buffer | undefined>;
}

@Injectable()
export class DatabaseAttachmentStorage extends AttachmentStorage {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async write(q: Tx, id: string, content: Buffer): Promise<void> {
    await q.query(`UPDATE attachments SET content = $2 WHERE id = $1`, [id, content]);
  }

  async read(id: string): Promise<Buffer | undefined> {
    const [row] = await rows<{ content: Buffer | null }>(
      this.dataSource,
      `SELECT content FROM attachments WHERE id = $1`,
      [id],
    );
    return row?.content ?? undefined;
  }
}
