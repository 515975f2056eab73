import { Module, type DynamicModule } from '@nestjs/common';
import { AttachmentsModule } from '../attachments/attachments.module';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { CalendarsModule } from '../calendars/calendars.module';
import { CcModule } from '../cc/cc.module';
import { CLOCK, systemClock } from '../common/clock';
import { DatabaseModule } from '../database/database.module';
import { DirectoryModule } from '../directory/directory.module';
import { DefinitionsModule } from '../definitions/definitions.module';
import { HealthModule } from '../health/health.module';
import { InstancesModule } from '../instances/instances.module';
import { LedgerModule } from '../ledger/ledger.module';
import { OrgModule } from '../org/org.module';
import { RegistryModule } from '../registry/registry.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { ProxiesModule } from '../proxies/proxies.module';
import { SchedulesModule } from '../schedules/schedules.module';
import { UsersModule } from '../users/users.module';
import { APP_OPTIONS, type AppOptions } from './app-options';

/** Options and the clock are global so every feature module can inject them. */
@Module({})
class OptionsModule {
  static forRoot(options: AppOptions): DynamicModule {
    return {
      module: OptionsModule,
      global: true,
      providers: [
        { provide: APP_OPTIONS, useValue: options },
        { provide: CLOCK, useValue: options.clock ?? systemClock },
      ],
      exports: [APP_OPTIONS, CLOCK],
    };
  }
}

@Module({})
export class AppModule {
  static forRoot(options: AppOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        OptionsModule.forRoot(options),
        RegistryModule,
        DatabaseModule.forRoot(),
        AuthModule,
        DefinitionsModule,
        InstancesModule,
        NotificationsModule,
        UsersModule,
        HealthModule,
        OrgModule,
        AttachmentsModule,
        CcModule,
        ProxiesModule,
        DirectoryModule,
        AuditModule,
        LedgerModule,
        CalendarsModule,
        SchedulesModule,
      ],
    };
  }
}
