// Display names for usernames in inbox rows. Only leaders, auditors and admins may list users
// (GET /api/users); for everyone else the own name is known from the session and others stay usernames.
import type { User } from '@liucheng/contracts';
import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { apiRequest } from '../api/api-client';
import { useSession } from '../auth/session-context';
import type { AppLanguage } from '../i18n/language';
import { useLanguage } from '../i18n/use-language';

const DIRECTORY_ROLES = ['leader', 'auditor', 'admin'];

export function useUserNames(): (username: string) => string {
  const { session } = useSession();
  const language = useLanguage();
  const me = session?.user;
  const mayList = Boolean(me?.roles.some((role) => DIRECTORY_ROLES.includes(role)));
  const users = useQuery({
    queryKey: ['users', 'list'],
    queryFn: ({ signal }) => apiRequest<{ items: User[] }>('/api/users', { signal }),
    enabled: mayList,
    staleTime: 5 * 60_000,
  });
  return useCallback(
    (username: string) => {
      const user = users.data?.items.find((item) => item.username === username);
      if (user) return displayName(user, language);
      if (me && me.username === username) return me.displayName || username;
      return username;
    },
    [users.data, me, language],
  );
}

function displayName(user: User, language: AppLanguage): string {
  return (language === 'en' && user.displayNameEn) || user.displayName || user.username;
}
