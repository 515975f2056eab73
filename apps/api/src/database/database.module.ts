import { Global, Inject, Logger, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { openDatabase, type Database } from '@liucheng/persistence';
import { APP_OPTIONS, type AppOptions } from '../app/app-options';

export const DATABASE = Symbol('DATABASE');

/** Closes the pool (and the embedded server) after every other module has shut down. */
class DatabaseCloser implements OnApplicationShutdown {
  constructor(@Inject(DATABASE) private readonly database: Database) {}
  async onApplicationShutdown(): Promise<void> {
    await this.database.close();
  }
}

/** Opens the database (PostgreSQL or embedded PGlite), runs migrations, provides `DataSource`. */
@Global()
@Module({})
export class DatabaseModule {
  static forRoot(): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [
        {
          provide: DATABASE,
          inject: [APP_OPTIONS],
          useFactory: (options: AppOptions) => {
            const logger = new Logger('DatabasePool');
            return openDatabase({
              url: options.databaseUrl,
              dataDir: options.dataDir,
              poolSize: options.poolSize,
              // An idle connection that dies is dropped by the pool and replaced on the next request.
              onPoolError: (error) => logger.warn(`idle connection lost: ${error.message}`),
            });
          },
        },
        { provide: DataSource, inject: [DATABASE], useFactory: (database: Database) => database.dataSource },
        DatabaseCloser,
      ],
      exports: [DATABASE, DataSource],
    };
  }
}
