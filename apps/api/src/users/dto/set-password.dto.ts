import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

/** `POST /api/users/:username/password`. */
export class SetPasswordDto {
  @ApiProperty({ minLength: 8 })
  @IsString()
  @MaxLength(1000)
  password!: string;

  @ApiPropertyOptional({ description: 'Required when users change their own password (admins setting one omit it)' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  currentPassword?: string;
}
