import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class MoveInstanceDto {
  @ApiProperty({
    description: "state path of the instance's own definition version, e.g. `review.legal`",
    maxLength: 500,
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  to!: string;

  @ApiProperty({ description: 'why the instance is moved (kept in its history)', maxLength: 500 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason!: string;
}
