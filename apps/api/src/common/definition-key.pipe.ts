import { Injectable, type PipeTransform } from '@nestjs/common';
import { ApiError } from './api-error';

/** Definition keys are folder names: letters, digits, `-`, `_`, `.`, up to 100 characters. */
export const DEFINITION_KEY = /^[a-z0-9][a-z0-9._-]{0,99}$/i;

@Injectable()
export class DefinitionKeyPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (typeof value !== 'string' || !DEFINITION_KEY.test(value)) {
      throw ApiError.badRequest('key must be 1-100 letters, digits, ".", "_" or "-"', [
        { path: '/key', message: 'malformed definition key' },
      ]);
    }
    return value;
  }
}
