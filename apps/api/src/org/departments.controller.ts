import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Department, DepartmentTree } from '@liucheng/contracts';
import { UuidPipe } from '../common/uuid.pipe';
import { UsePolicy } from '../policies/policy.decorator';
import { DepartmentsService } from './departments.service';
import { CreateDepartmentDto } from './dto/create-department.dto';
import { UpdateDepartmentDto } from './dto/update-department.dto';

@ApiTags('organisation')
@ApiBearerAuth()
@Controller('departments')
export class DepartmentsController {
  constructor(private readonly departments: DepartmentsService) {}

  @Get()
  @UsePolicy('signedIn')
  @ApiOkResponse({ description: '{items: DepartmentNode[]}: the roots with their children (every signed-in user)' })
  tree(): Promise<DepartmentTree> {
    return this.departments.tree();
  }

  @Post()
  @UsePolicy('manageOrg')
  @ApiCreatedResponse({ description: 'Department (admin); 409 department-code-taken; 422 /parentId or /head unknown' })
  create(@Body() dto: CreateDepartmentDto): Promise<Department> {
    return this.departments.create(dto);
  }

  @Patch(':id')
  @UsePolicy('manageOrg')
  @ApiOkResponse({ description: 'Department (admin): rename, move (422 /parentId department-cycle), set the head' })
  update(@Param('id', UuidPipe) id: string, @Body() dto: UpdateDepartmentDto): Promise<Department> {
    return this.departments.update(id, dto);
  }

  @Delete(':id')
  @UsePolicy('manageOrg')
  @HttpCode(204)
  @ApiNoContentResponse({
    description: 'Admin; 409 department-has-users, department-has-children or department-has-role-grants',
  })
  async remove(@Param('id', UuidPipe) id: string): Promise<void> {
    await this.departments.remove(id);
  }
}
