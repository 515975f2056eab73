import { UsePolicy } from '../policies/policy.decorator';

/** Marks a route that needs no token (login, health, docs). */
export const Public = () => UsePolicy('public');
