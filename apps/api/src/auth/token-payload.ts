/** What the access token carries (roles are re-read at the next login). */
export interface TokenPayload {
  sub: string;
  name: string;
  roles: string[];
  /** The user's token version at login; a later bump (deactivation, role or password change) revokes the token. */
  tv?: number;
}
