import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsIn,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';

const USERNAME = { min: 1, max: 100 };

/** A reason or comment shown in the history (optional). */
class WithReason {
  @ApiPropertyOptional({ example: '出差一周' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;
}

/** 转办 / 委派: the colleague who takes it. */
export class HandOverTaskDto extends WithReason {
  @ApiProperty({ example: 'fin-clerk' })
  @IsString()
  @MinLength(USERNAME.min)
  @MaxLength(USERNAME.max)
  to!: string;
}

/** The delegate hands the task back, with what they found. */
export class ResolveDelegationDto {
  @ApiPropertyOptional({ example: '发票已核对' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  comment?: string;
}

/** 加签. */
export class AddApproversDto extends WithReason {
  @ApiProperty({ example: ['cfo'] })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsString({ each: true })
  @MinLength(USERNAME.min, { each: true })
  @MaxLength(USERNAME.max, { each: true })
  users!: string[];

  @ApiProperty({
    enum: ['before', 'after', 'parallel'],
    description: 'before: they approve first; after: after you; parallel: alongside you',
  })
  @IsIn(['before', 'after', 'parallel'])
  position!: 'before' | 'after' | 'parallel';
}

/** 减签: the added approver's slot. */
export class RemoveApproverDto extends WithReason {
  @ApiProperty({ example: 'review' })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  statePath!: string;

  @ApiProperty({ example: '1.3' })
  @Matches(/^[0-9]+\.[0-9]+$/)
  slot!: string;
}

/** 驳回: the earlier step, one the definition allows. */
export class SendBackDto extends WithReason {
  @ApiProperty({ example: 'draft' })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  to!: string;
}

/** 抄送 ad hoc. */
export class CcUsersDto {
  @ApiProperty({ example: ['office'] })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsString({ each: true })
  @MinLength(USERNAME.min, { each: true })
  @MaxLength(USERNAME.max, { each: true })
  users!: string[];

  @ApiPropertyOptional({ example: '请知悉' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  comment?: string;
}

/** 撤回. */
export class WithdrawDto extends WithReason {}

/** 催办. */
export class UrgeDto {
  @ApiPropertyOptional({ example: '客户在等，请今天处理' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  comment?: string;
}
