import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsObject, IsString, IsUUID, MaxLength, ValidateIf, ValidateNested } from 'class-validator';
import { DepartmentCode } from './department-code';
import { LocalizedNameDto } from './localized-name.dto';

/** `POST /api/departments`. */
export class CreateDepartmentDto {
  @ApiProperty({ example: 'county-branch' })
  @IsString()
  @DepartmentCode()
  code!: string;

  @ApiProperty({ type: LocalizedNameDto })
  @IsObject()
  @ValidateNested()
  @Type(() => LocalizedNameDto)
  name!: LocalizedNameDto;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, description: 'The parent; absent or null for a root' })
  @ValidateIf((_o, v) => v !== null && v !== undefined)
  @IsUUID()
  parentId?: string | null;

  @ApiPropertyOptional({ nullable: true, description: "The head's username" })
  @ValidateIf((_o, v) => v !== null && v !== undefined)
  @IsString()
  @MaxLength(100)
  head?: string | null;
}
