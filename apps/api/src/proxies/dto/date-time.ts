import { applyDecorators } from '@nestjs/common';
import { IsISO8601, IsString, Matches } from 'class-validator';

/** A full date-time with its offset: a bare date would be read as UTC, not Asia/Shanghai. */
const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** An ISO-8601 date-time with offset (`2026-12-01T00:00:00+08:00`), a real calendar date. */
export const IsDateTimeWithOffset = (field: string) =>
  applyDecorators(
    IsString(),
    Matches(WITH_OFFSET, { message: `${field} must be an ISO-8601 date-time with an offset (Z or +08:00)` }),
    IsISO8601({ strict: true, strictSeparator: true }, { message: `${field} must be a real date-time` }),
  );
