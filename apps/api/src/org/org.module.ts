import { Module } from '@nestjs/common';
import { DepartmentsController } from './departments.controller';
import { DepartmentsService } from './departments.service';
import { OrgController } from './org.controller';
import { OrgService } from './org.service';

/** Departments, manager chains and approver resolution over the pure engine org module. */
@Module({
  controllers: [DepartmentsController, OrgController],
  providers: [DepartmentsService, OrgService],
  exports: [OrgService],
})
export class OrgModule {}
