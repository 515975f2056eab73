import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** How long a probe waits for the database before calling it down. */
export const PROBE_TIMEOUT_MS = 2_000;

/** Database probes for the health routes, each bounded by `PROBE_TIMEOUT_MS`. */
@Injectable()
export class HealthService {
  constructor(private readonly dataSource: DataSource) {}

  /** True when one round trip to the database succeeds in time. */
  async databaseUp(): Promise<boolean> {
    return this.probe(async () => {
      await this.dataSource.query('SELECT 1');
      return true;
    });
  }

  /** True when the database answers and holds every migration this build knows. */
  async ready(): Promise<boolean> {
    return this.probe(async () => {
      const table = this.dataSource.options.migrationsTableName ?? 'migrations';
      const applied = new Set(
        ((await this.dataSource.query(`SELECT name FROM "${table}"`)) as { name: string }[]).map((r) => r.name),
      );
      return this.dataSource.migrations.every((m) => m.name !== undefined && applied.has(m.name));
    });
  }

  private async probe(check: () => Promise<boolean>): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<boolean>((done) => {
      timer = setTimeout(() => done(false), PROBE_TIMEOUT_MS);
    });
    try {
      return await Promise.race([check().catch(() => false), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}
