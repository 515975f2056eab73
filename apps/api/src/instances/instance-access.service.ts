import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { ApiError } from '../common/api-error';
import { HiddenFieldsService } from './hidden-fields.service';
import { instanceReadable } from './instance-readable.query';

/** Applies the instance read rule to one instance (404 when it does not exist, 403 when not readable). */
@Injectable()
export class InstanceAccessService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly hidden: HiddenFieldsService,
  ) {}

  async assertReadable(user: AuthenticatedUser, instanceId: string): Promise<void> {
    const readable = await instanceReadable(this.dataSource, user, instanceId);
    if (readable === undefined) throw ApiError.notFound(`Instance ${instanceId} does not exist`);
    if (!readable) throw ApiError.forbidden(`${user.username} may not read instance ${instanceId}`);
  }

  /** {@link assertReadable}, then the start-form fields 表单权限 hides from this reader (`[]`: none). */
  async readableFields(user: AuthenticatedUser, instanceId: string): Promise<string[]> {
    await this.assertReadable(user, instanceId);
    return this.hidden.forInstance(user, instanceId);
  }
}
