import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsObject, IsString, IsUUID, MaxLength, ValidateIf, ValidateNested } from 'class-validator';
import { OptionalNotNull } from '../../common/field-limits';
import { DepartmentCode } from './department-code';
import { LocalizedNameDto } from './localized-name.dto';

/** `PATCH /api/departments/:id`: only the fields sent change; `null` makes a root / clears the head. */
export class UpdateDepartmentDto {
  @ApiPropertyOptional({ example: 'county-branch' })
  @OptionalNotNull()
  @IsString()
  @DepartmentCode()
  code?: string;

  @ApiPropertyOptional({ type: LocalizedNameDto })
  @OptionalNotNull()
  @IsObject()
  @ValidateNested()
  @Type(() => LocalizedNameDto)
  name?: LocalizedNameDto;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, description: 'Moves the department; 422 on a cycle' })
  @ValidateIf((_o, v) => v !== null && v !== undefined)
  @IsUUID()
  parentId?: string | null;

  @ApiPropertyOptional({ nullable: true, description: "The head's username" })
  @ValidateIf((_o, v) => v !== null && v !== undefined)
  @IsString()
  @MaxLength(100)
  head?: string | null;
}
