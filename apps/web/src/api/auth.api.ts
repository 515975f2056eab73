// POST /api/auth/login.
import type { LoginRequest, LoginResponse } from '@liucheng/contracts';
import { apiRequest } from './api-client';

/** Exchanges username and password for a bearer token and the user's profile. */
export function login(request: LoginRequest): Promise<LoginResponse> {
  return apiRequest<LoginResponse>('/api/auth/login', { method: 'POST', body: request });
}
