import type { TFunction } from 'i18next';
import { ApiError } from '../api/api-error';
import { apiFormErrors } from './api-form-errors';

const t = ((key: string) => key) as unknown as TFunction;

const refused = (statusCode: number, errors: { path: string; message: string; code?: string }[] = []) =>
  new ApiError({ statusCode, error: 'x', message: 'English', details: errors.length ? { errors } : {} });

describe('apiFormErrors', () => {
  it('puts uncoded users problems under their fields, worded by the field', () => {
    const error = refused(422, [
      { path: '/currentPassword', message: 'is not your current password' },
      { path: '/roles/1', message: 'unknown role', code: 'auditor-exclusive' },
    ]);
    expect(apiFormErrors(error, ['currentPassword', 'roles'], t)).toEqual({
      fields: [
        { name: 'currentPassword', errors: ['codes.wrongCurrentPassword'] },
        { name: 'roles', errors: ['codes.auditor-exclusive'] },
      ],
      other: [],
    });
  });

  it('a problem naming no field of the form goes to the rest', () => {
    expect(
      apiFormErrors(refused(422, [{ path: '/startsAt', message: 'x', code: 'proxy-overlap' }]), ['proxy'], t),
    ).toEqual({ fields: [], other: ['codes.proxy-overlap'] });
  });

  it('a bare 409 on the user form says the username is taken', () => {
    expect(apiFormErrors(refused(409), ['username'], t).fields).toEqual([
      { name: 'username', errors: ['codes.usernameTaken'] },
    ]);
  });

  it('anything but an API error has nothing to place', () => {
    expect(apiFormErrors(new Error('x'), ['a'], t)).toEqual({ fields: [], other: [] });
  });
});
