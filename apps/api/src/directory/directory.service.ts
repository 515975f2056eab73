import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { DirectoryList } from '@liucheng/contracts';
import { rows } from '../common/transaction';

interface DirectoryRow {
  username: string;
  display_name: string;
  display_name_en: string | null;
  department_zh: string | null;
  department_en: string | null;
}

/** At most this many people per answer: a picker narrows with `q`, it never pages. */
export const DIRECTORY_LIMIT = 200;

/** `%`, `_` and `\` typed by a user are literal characters, not patterns. */
function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Who is who, for everyone signed in: names and departments only (roles and emails stay private). */
@Injectable()
export class DirectoryService {
  constructor(private readonly dataSource: DataSource) {}

  async list(q?: string): Promise<DirectoryList> {
    const text = q?.trim();
    const found = await rows<DirectoryRow>(
      this.dataSource,
      `SELECT u.username, u.display_name, u.display_name_en, d.name_zh AS department_zh, d.name_en AS department_en
         FROM users u LEFT JOIN departments d ON d.id = u.department_id
        WHERE u.active
          AND ($1::text IS NULL OR u.username ILIKE $1 OR u.display_name ILIKE $1
               OR u.display_name_en ILIKE $1 OR d.name_zh ILIKE $1 OR d.name_en ILIKE $1)
        ORDER BY u.username
        LIMIT ${DIRECTORY_LIMIT}`,
      [text ? likePattern(text) : null],
    );
    return {
      items: found.map((r) => ({
        username: r.username,
        displayName: r.display_name,
        displayNameEn: r.display_name_en,
        department: r.department_zh === null ? null : { zh: r.department_zh, en: r.department_en ?? '' },
      })),
    };
  }
}
