import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

/** `GET /api/directory?q=`: a part of a username, a display name or a department name. */
export class DirectoryQuery {
  @ApiPropertyOptional({ description: 'matched case-insensitively anywhere in the name fields', maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}
