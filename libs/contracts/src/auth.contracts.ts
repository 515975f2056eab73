export interface LoginRequest {
  username: string;
  password: string;
}

export interface CurrentUser {
  username: string;
  displayName: string;
  roles: string[];
}

export interface LoginResponse {
  accessToken: string;
  user: CurrentUser;
}

export interface HealthResponse {
  status: 'ok';
  db: 'up' | 'down';
}
