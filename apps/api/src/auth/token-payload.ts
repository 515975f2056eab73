/** What the access token carries (roles are re-read at the next login). */
export interface TokenPayload {
  sub: string;
  name: string;
  roles: string[];
}
