import { Injectable } from '@nestjs/common';
import type { Task } from '@liucheng/contracts';
import { DataSource } from 'typeorm';
import { hiddenFields, hideableFields, type CompiledWorkflow } from '@liucheng/engine';
import { isSystem, type AuthenticatedUser } from '../auth/authenticated-user';
import { rows, type Tx } from '../common/transaction';
import { CompiledDefinitionsService } from '../definitions/compiled-definitions.service';
import { readsAll, readsThroughTask } from '../policies/instance-access.policy';
import { instanceReaders } from './field-readers.query';

/** An instance as the rule needs it: its own definition version. */
export interface FieldSubject {
  id: string;
  definitionKey: string;
  version: number;
}

/**
 * 表单权限 `hidden` on the server: which start-form fields each instance hides from one reader
 * (libs/engine hiddenFields). Costs nothing for readers of all and for definitions that hide no
 * field; otherwise one statement for all the instances asked.
 */
@Injectable()
export class HiddenFieldsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly definitions: CompiledDefinitionsService,
  ) {}

  /** The hidden fields per instance id; an instance hiding nothing from `user` is absent. */
  async forInstances(
    user: AuthenticatedUser,
    subjects: readonly FieldSubject[],
    q: Tx | DataSource = this.dataSource,
  ): Promise<Map<string, string[]>> {
    const result = new Map<string, string[]>();
    if (isSystem(user) || readsAll(user)) return result;
    const candidates: { id: string; compiled: CompiledWorkflow }[] = [];
    for (const subject of subjects) {
      // A version no longer published cannot say what it hides (its instances list without a summary too).
      const compiled = await this.definitions.get(q, subject.definitionKey, subject.version).catch(() => undefined);
      if (compiled && hideableFields(compiled).length > 0) candidates.push({ id: subject.id, compiled });
    }
    const readers = await instanceReaders(
      q,
      user,
      candidates.map((c) => c.id),
    );
    for (const { id, compiled } of candidates) {
      const hidden = hiddenFields(compiled, readers.get(id) ?? { full: false, taskPaths: [] });
      if (hidden.length > 0) result.set(id, hidden);
    }
    return result;
  }

  /**
   * For an event's answer: how `user` reads the instance before the step (under its row lock),
   * and a function giving the hidden fields once the step's open tasks are known (a task the
   * step opens for them counts). `undefined` when nothing can be hidden from them.
   */
  async forStep(
    q: Tx,
    user: AuthenticatedUser,
    instance: { id: string; startedBy: string },
    compiled: CompiledWorkflow,
  ): Promise<((openAfter: readonly Task[]) => string[]) | undefined> {
    if (isSystem(user) || readsAll(user) || instance.startedBy === user.username) return undefined;
    if (hideableFields(compiled).length === 0) return undefined;
    const reader = (await instanceReaders(q, user, [instance.id])).get(instance.id) ?? { full: false, taskPaths: [] };
    return (openAfter) =>
      hiddenFields(compiled, {
        full: reader.full,
        taskPaths: [...reader.taskPaths, ...openAfter.filter((t) => readsThroughTask(user, t)).map((t) => t.statePath)],
      });
  }

  /** The fields one instance hides from `user` (`[]` when none or when it does not exist). */
  async forInstance(
    user: AuthenticatedUser,
    instanceId: string,
    q: Tx | DataSource = this.dataSource,
  ): Promise<string[]> {
    if (isSystem(user) || readsAll(user)) return [];
    const [row] = await rows<{ definition_key: string; definition_version: number }>(
      q,
      `SELECT definition_key, definition_version FROM instances WHERE id = $1`,
      [instanceId],
    );
    if (!row) return [];
    const found = await this.forInstances(
      user,
      [{ id: instanceId, definitionKey: row.definition_key, version: row.definition_version }],
      q,
    );
    return found.get(instanceId) ?? [];
  }
}
