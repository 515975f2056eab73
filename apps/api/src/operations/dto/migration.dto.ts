import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsObject, IsString, MaxLength } from 'class-validator';

export class MigrationDto {
  @ApiProperty({
    description: 'state paths of version N to state paths of N+1 (a path both have maps to itself)',
    example: { leaderReview: 'managerReview' },
  })
  @IsObject()
  mapping!: Record<string, string>;

  @ApiProperty({ description: 'why the instances move (kept in each history)', maxLength: 500 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason!: string;
}
