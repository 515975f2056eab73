import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsObject, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

export class SendEventDto {
  @ApiProperty({ example: 'APPROVE' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  type!: string;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description: 'Checked against meta.events.<type>.schema; absent counts as {}',
  })
  @IsOptional()
  @IsObject()
  data?: Record<string, unknown>;
}
