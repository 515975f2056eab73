import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { NotBlank, OptionalNotNull } from '../../common/field-limits';
import { ScopedRoleDto } from './scoped-role.dto';

/**
 * `PATCH /api/users/:username`: only the fields sent change; `null` clears an optional one
 * (displayNameEn, department, departmentId, manager) and is a 400 for the others (NOT NULL columns).
 */
export class UpdateUserDto {
  @ApiPropertyOptional()
  @OptionalNotNull()
  @IsString()
  @MinLength(1)
  @NotBlank('displayName')
  @MaxLength(100)
  displayName?: string;

  @ApiPropertyOptional({ nullable: true })
  @ValidateIf((_o, v) => v !== null && v !== undefined)
  @IsString()
  @MaxLength(100)
  displayNameEn?: string | null;

  @ApiPropertyOptional({ type: [String], description: "Replaces the roles; revokes the user's tokens" })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  roles?: string[];

  @ApiPropertyOptional({
    type: [ScopedRoleDto],
    description: "Replaces the roles held in a department; revokes the user's tokens",
  })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ScopedRoleDto)
  scopedRoles?: ScopedRoleDto[];

  @ApiPropertyOptional({ nullable: true })
  @ValidateIf((_o, v) => v !== null && v !== undefined)
  @IsString()
  @MaxLength(100)
  department?: string | null;

  @ApiPropertyOptional({ nullable: true, format: 'uuid', description: 'The department; null takes the user out' })
  @ValidateIf((_o, v) => v !== null && v !== undefined)
  @IsUUID()
  departmentId?: string | null;

  @ApiPropertyOptional({ nullable: true, description: "The manager's username" })
  @ValidateIf((_o, v) => v !== null && v !== undefined)
  @IsString()
  @MaxLength(100)
  manager?: string | null;

  @ApiPropertyOptional({ description: "false deactivates: no more logins, the user's tokens stop working" })
  @OptionalNotNull()
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional({ nullable: true, description: 'Where notifications are mailed; null: none by mail' })
  @ValidateIf((_o, v) => v !== null && v !== undefined)
  @IsEmail()
  @MaxLength(254)
  email?: string | null;

  @ApiPropertyOptional({ enum: ['zh', 'en'], nullable: true, description: 'Language of mailed notifications' })
  @ValidateIf((_o, v) => v !== null && v !== undefined)
  @IsIn(['zh', 'en'])
  locale?: 'zh' | 'en' | null;
}
