import { ApiProperty } from '@nestjs/swagger';
import { IsString, IsUUID, MaxLength } from 'class-validator';

/** A role held in one department ("the finance reviewer of this branch"). */
export class ScopedRoleDto {
  @ApiProperty({ example: 'finance' })
  @IsString()
  @MaxLength(50)
  role!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  departmentId!: string;
}
