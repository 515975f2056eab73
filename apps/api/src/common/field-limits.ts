import { Matches, ValidateIf } from 'class-validator';

/**
 * The field may be left out, but `null` is checked like any other value (and refused by the
 * type check that follows): for columns that are NOT NULL, where `@IsOptional()` would let
 * `null` through to the database.
 */
export const OptionalNotNull = () => ValidateIf((_object: object, value: unknown) => value !== undefined);

/** At least one non-space character (a name of only spaces is no name). */
export const NotBlank = (field: string) => Matches(/\S/, { message: `${field} must not be blank` });
