import { Injectable, type PipeTransform } from '@nestjs/common';
import { ApiError } from './api-error';

/** A definition version: digits only, 1 … int4 max; anything else is a 400 naming `/version`. */
@Injectable()
export class VersionPipe implements PipeTransform<string, number> {
  transform(value: string): number {
    const n = /^\d{1,10}$/.test(value) ? Number(value) : NaN;
    if (!(n >= 1 && n <= 2_147_483_647))
      throw ApiError.badRequest('version must be a positive integer', [
        { path: '/version', message: 'must be a positive integer', code: 'invalid-version' },
      ]);
    return n;
  }
}
