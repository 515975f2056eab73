import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsObject, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { DEFINITION_KEY } from '../../common/definition-key.pipe';

export class StartInstanceDto {
  @ApiProperty({ example: 'leave-request' })
  @IsString()
  @Matches(DEFINITION_KEY, { message: 'definitionKey must be a definition key (letters, digits, ".", "_", "-")' })
  definitionKey!: string;

  @ApiPropertyOptional({ description: 'Latest published version when absent' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  version?: number;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description: "Checked against the definition's meta.input schema",
  })
  @IsOptional()
  @IsObject()
  input?: Record<string, unknown>;

  @ApiPropertyOptional({ example: 'EXP-2026-0001' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  businessKey?: string;
}
