import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Department, DepartmentTree, ProblemContract } from '@liucheng/contracts';
import { wouldCycle } from '@liucheng/engine';
import { ApiError } from '../common/api-error';
import { inTransaction, rows, type Tx } from '../common/transaction';
import { DEPARTMENT_COLUMNS, toDepartment, toTree, type DepartmentRow } from './department.mapper';
import type { CreateDepartmentDto } from './dto/create-department.dto';
import type { UpdateDepartmentDto } from './dto/update-department.dto';
import { loadOrgSnapshot } from './org-snapshot.queries';

function invalid(problem: ProblemContract & { code: string }): ApiError {
  return ApiError.unprocessable(`Invalid department: ${problem.path} ${problem.message}`, {
    reason: problem.code,
    errors: [problem],
  });
}

/** The department tree: create, rename, move (never into a loop), set heads, delete empty ones. */
@Injectable()
export class DepartmentsService {
  constructor(private readonly dataSource: DataSource) {}

  async tree(): Promise<DepartmentTree> {
    const found = await rows<DepartmentRow>(
      this.dataSource,
      `SELECT ${DEPARTMENT_COLUMNS} FROM departments d ORDER BY d.code`,
    );
    return { items: toTree(found.map(toDepartment)) };
  }

  async get(id: string, q: Tx | DataSource = this.dataSource): Promise<Department> {
    const [row] = await rows<DepartmentRow>(q, `SELECT ${DEPARTMENT_COLUMNS} FROM departments d WHERE d.id = $1`, [id]);
    if (!row) throw ApiError.notFound(`Department ${id} does not exist`);
    return toDepartment(row);
  }

  /** 409 `department-code-taken`; 422 naming `/parentId` or `/head` when they do not exist. */
  create(dto: CreateDepartmentDto): Promise<Department> {
    return inTransaction(this.dataSource, async (q) => {
      if (dto.parentId) await this.assertExists(q, dto.parentId);
      const headId = dto.head ? await this.userId(q, dto.head) : null;
      const [inserted] = await rows<{ id: string }>(
        q,
        `INSERT INTO departments (code, name_zh, name_en, parent_id, head_user_id) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (code) DO NOTHING RETURNING id`,
        [dto.code, dto.name.zh, dto.name.en, dto.parentId ?? null, headId],
      );
      if (!inserted) throw this.codeTaken(dto.code);
      return this.get(inserted.id, q);
    });
  }

  /** Moves are serialised (a table lock), so two concurrent moves cannot close a loop between them. */
  update(id: string, dto: UpdateDepartmentDto): Promise<Department> {
    return inTransaction(this.dataSource, async (q) => {
      if (dto.parentId !== undefined) await q.query(`LOCK TABLE departments IN SHARE ROW EXCLUSIVE MODE`);
      const [current] = await rows<{ id: string }>(q, `SELECT id FROM departments WHERE id = $1 FOR UPDATE`, [id]);
      if (!current) throw ApiError.notFound(`Department ${id} does not exist`);
      const sets: string[] = [];
      const params: unknown[] = [id];
      const set = (column: string, value: unknown) => {
        params.push(value);
        sets.push(`${column} = $${params.length}`);
      };
      if (dto.parentId !== undefined && dto.parentId !== null) {
        await this.assertExists(q, dto.parentId);
        if (wouldCycle(await loadOrgSnapshot(q), id, dto.parentId))
          throw invalid({
            path: '/parentId',
            code: 'department-cycle',
            message: 'would make the department its own ancestor',
          });
      }
      if (dto.parentId !== undefined) set('parent_id', dto.parentId);
      if (dto.code !== undefined) {
        const taken = await rows(q, `SELECT 1 FROM departments WHERE code = $1 AND id <> $2`, [dto.code, id]);
        if (taken.length) throw this.codeTaken(dto.code);
        set('code', dto.code);
      }
      if (dto.name !== undefined) {
        set('name_zh', dto.name.zh);
        set('name_en', dto.name.en);
      }
      if (dto.head !== undefined) set('head_user_id', dto.head === null ? null : await this.userId(q, dto.head));
      if (sets.length) await q.query(`UPDATE departments SET ${sets.join(', ')} WHERE id = $1`, params);
      return this.get(id, q);
    });
  }

  /** 409 while people, subdepartments or department-scoped roles still point at it. */
  remove(id: string): Promise<void> {
    return inTransaction(this.dataSource, async (q) => {
      const [found] = await rows<{ users: number; children: number; grants: number }>(
        q,
        `SELECT (SELECT count(*)::int FROM users WHERE department_id = d.id) AS users,
                (SELECT count(*)::int FROM departments c WHERE c.parent_id = d.id) AS children,
                (SELECT count(*)::int FROM user_roles r WHERE r.department_id = d.id) AS grants
           FROM departments d WHERE d.id = $1 FOR UPDATE`,
        [id],
      );
      if (!found) throw ApiError.notFound(`Department ${id} does not exist`);
      if (found.users)
        throw ApiError.conflict(`Department has ${found.users} user(s)`, { reason: 'department-has-users' });
      if (found.children)
        throw ApiError.conflict(`Department has ${found.children} subdepartment(s)`, {
          reason: 'department-has-children',
        });
      if (found.grants)
        throw ApiError.conflict(`Department scopes ${found.grants} role grant(s)`, {
          reason: 'department-has-role-grants',
        });
      await q.query(`DELETE FROM departments WHERE id = $1`, [id]);
    });
  }

  private codeTaken(code: string): ApiError {
    return ApiError.conflict(`Department code ${code} is taken`, {
      reason: 'department-code-taken',
      errors: [{ path: '/code', message: 'is taken', code: 'department-code-taken' }],
    });
  }

  private async assertExists(q: Tx, id: string): Promise<void> {
    const found = await rows(q, `SELECT 1 FROM departments WHERE id = $1`, [id]);
    if (!found.length) throw invalid({ path: '/parentId', code: 'unknown-department', message: 'unknown department' });
  }

  private async userId(q: Tx, username: string): Promise<string> {
    const [row] = await rows<{ id: string }>(q, `SELECT id FROM users WHERE username = $1`, [username]);
    if (!row) throw invalid({ path: '/head', code: 'unknown-user', message: `unknown user "${username}"` });
    return row.id;
  }
}
