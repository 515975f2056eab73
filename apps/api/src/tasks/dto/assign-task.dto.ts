import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

export class AssignTaskDto {
  @ApiProperty({ example: 'finance' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  username!: string;
}
