import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { NotBlank } from '../../common/field-limits';
import { ScopedRoleDto } from './scoped-role.dto';

/** `POST /api/users`; the username, password and role rules are checked by UsersService (422 naming the field). */
export class CreateUserDto {
  @ApiProperty({ example: 'zhang.wei', description: 'a lower-case letter, then letters, digits, ".", "_", "-" (2-50)' })
  @IsString()
  @MaxLength(100)
  username!: string;

  @ApiProperty({ example: '张伟' })
  @IsString()
  @MinLength(1)
  @NotBlank('displayName')
  @MaxLength(100)
  displayName!: string;

  @ApiPropertyOptional({ example: 'Zhang Wei' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  displayNameEn?: string;

  @ApiProperty({ example: 'correct-horse-battery', minLength: 8 })
  @IsString()
  @MaxLength(1000)
  password!: string;

  @ApiProperty({ example: ['staff'], type: [String] })
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  roles!: string[];

  @ApiPropertyOptional({ type: [ScopedRoleDto], description: 'Roles held in one department' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ScopedRoleDto)
  scopedRoles?: ScopedRoleDto[];

  @ApiPropertyOptional({ example: '市场拓展部 (Market expansion)' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  department?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The department (GET /api/departments)' })
  @IsOptional()
  @IsUUID()
  departmentId?: string;

  @ApiPropertyOptional({ example: 'leader', description: "The manager's username (starter.manager)" })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  manager?: string;

  @ApiPropertyOptional({ example: 'zhang.wei@example.com', description: 'Where notifications are mailed' })
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  email?: string;

  @ApiPropertyOptional({ enum: ['zh', 'en'], description: 'Language of mailed notifications (default zh)' })
  @IsOptional()
  @IsIn(['zh', 'en'])
  locale?: 'zh' | 'en';
}
