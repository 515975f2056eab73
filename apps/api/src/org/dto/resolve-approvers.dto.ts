import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsObject, IsOptional, IsString, MaxLength } from 'class-validator';

/** `POST /api/org/resolve`; the sources are checked against the engine's approver-source schema. */
export class ResolveApproversDto {
  @ApiProperty({ example: 'staff', description: 'The would-be starter' })
  @IsString()
  @MaxLength(100)
  starter!: string;

  @ApiPropertyOptional({ description: 'The instance context the field sources read' })
  @IsOptional()
  @IsObject()
  context?: Record<string, unknown>;

  @ApiProperty({
    example: [{ kind: 'manager' }, { kind: 'role', role: 'finance', scope: 'starter-department' }],
    type: 'array',
    items: { type: 'object' },
  })
  @IsArray()
  @ArrayMaxSize(20)
  sources!: unknown[];
}
