import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { isInt, matches, max, maxLength, min } from 'class-validator';
import type { JsonObject } from '@liucheng/engine';
import { DEFINITION_KEY } from '../../common/definition-key.pipe';
import { createValidationPipe } from '../../common/validation.pipe';
import type { StartCommand } from '../event-path.service';
import { StartInstanceDto } from './start-instance.dto';

const FIELDS = new Set(['definitionKey', 'version', 'input', 'businessKey']);
/** Keys the ValidationPipe deletes from a body, at any depth, before it validates. */
const STRIPPED_KEYS = ['__proto__', 'prototype', 'constructor'];
const METADATA: ArgumentMetadata = { type: 'body', metatype: StartInstanceDto };

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** True when no object in `value` has a key the ValidationPipe would strip. */
function hasNoStrippedKeys(value: unknown): boolean {
  if (Array.isArray(value)) return value.every(hasNoStrippedKeys);
  if (!isPlainObject(value)) return true;
  if (STRIPPED_KEYS.some((key) => Object.prototype.hasOwnProperty.call(value, key))) return false;
  for (const key in value) if (!hasNoStrippedKeys(value[key])) return false;
  return true;
}

/**
 * A start body the global ValidationPipe would pass unchanged for StartInstanceDto, checked by
 * hand with class-validator's own checks; `undefined` for anything else (a problem, a null
 * field, a key the pipe strips), which then goes through the pipe itself.
 */
export function plainStartBody(body: unknown): StartCommand | undefined {
  if (!isPlainObject(body)) return undefined;
  for (const field of Object.keys(body)) if (!FIELDS.has(field)) return undefined;
  const { definitionKey, version, input, businessKey } = body;
  if (typeof definitionKey !== 'string' || !matches(definitionKey, DEFINITION_KEY)) return undefined;
  if (version !== undefined && !(isInt(version) && min(version, 1) && max(version, 2_147_483_647))) return undefined;
  if (input !== undefined && !(isPlainObject(input) && hasNoStrippedKeys(input))) return undefined;
  if (businessKey !== undefined && !(typeof businessKey === 'string' && maxLength(businessKey, 200))) return undefined;
  const command: StartCommand = { definitionKey };
  if (version !== undefined) command.version = version as number;
  if (input !== undefined) command.input = input as JsonObject;
  if (businessKey !== undefined) command.businessKey = businessKey;
  return command;
}

/**
 * The start route's body: a plain valid body is checked by hand in a few microseconds (the start
 * is benchmarked; StartInstanceDto under the global ValidationPipe costs tens), anything else is
 * answered by that same ValidationPipe, so every refusal and every unusual body is what it was.
 */
@Injectable()
export class StartInstanceBodyPipe implements PipeTransform<unknown, Promise<StartCommand>> {
  private readonly validation = createValidationPipe();

  async transform(value: unknown): Promise<StartCommand> {
    return plainStartBody(value) ?? ((await this.validation.transform(value, METADATA)) as StartCommand);
  }
}
