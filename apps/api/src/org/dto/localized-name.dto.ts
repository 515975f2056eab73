import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { NotBlank } from '../../common/field-limits';

/** A department name in both languages. */
export class LocalizedNameDto {
  @ApiProperty({ example: '财务部' })
  @IsString()
  @MinLength(1)
  @NotBlank('zh')
  @MaxLength(100)
  zh!: string;

  @ApiProperty({ example: 'Finance' })
  @IsString()
  @MinLength(1)
  @NotBlank('en')
  @MaxLength(100)
  en!: string;
}
