import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsObject, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

export class CompleteTaskDto {
  @ApiProperty({ example: 'APPROVE', description: 'One of the task outcomes' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  outcome!: string;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description: "Checked against the task's form schema",
  })
  @IsOptional()
  @IsObject()
  data?: Record<string, unknown>;
}
