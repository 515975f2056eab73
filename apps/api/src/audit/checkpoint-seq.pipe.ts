import { Injectable, type PipeTransform } from '@nestjs/common';
import { ApiError } from '../common/api-error';

/** A checkpoint number: digits only, 1 … int4 max; anything else is a 400 naming `/seq`. */
@Injectable()
export class CheckpointSeqPipe implements PipeTransform<string, number> {
  transform(value: string): number {
    const n = /^\d{1,10}$/.test(value) ? Number(value) : NaN;
    if (!(n >= 1 && n <= 2_147_483_647))
      throw ApiError.badRequest('seq must be a positive integer', [
        { path: '/seq', message: 'must be a positive integer' },
      ]);
    return n;
  }
}
