// The people directory (GET /api/directory): pickers search it, the timeline names people from it.
import type { DirectoryEntry, DirectoryList } from '@liucheng/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { AppLanguage } from '../i18n/language';
import { useLanguage } from '../i18n/use-language';
import { systemActorName } from '../users/directory';
import { apiRequest } from './api-client';

export const directoryKeys = {
  search: (q: string) => ['directory', q] as const,
};

// Names change rarely; one answer serves every page of a visit.
const DIRECTORY_STALE_MS = 5 * 60_000;

/** GET /api/directory?q= (the whole directory when q is empty). */
export function useDirectory(q = '') {
  return useQuery({
    queryKey: directoryKeys.search(q),
    queryFn: ({ signal }) => apiRequest<DirectoryList>('/api/directory', { query: { q }, signal }),
    staleTime: DIRECTORY_STALE_MS,
    placeholderData: keepPreviousData,
  });
}

/** A person's name in the language; the username while the directory loads or for someone not in it. */
export function personName(entry: DirectoryEntry | undefined, username: string, language: AppLanguage): string {
  const system = systemActorName(username, language);
  if (system) return system;
  if (!entry) return username;
  return (language === 'en' ? entry.displayNameEn || entry.displayName : entry.displayName) || username;
}

/** `name(username)`: display names from the whole directory. */
export function usePersonName(): (username: string) => string {
  const language = useLanguage();
  const directory = useDirectory();
  const items = directory.data?.items;
  return useCallback(
    (username: string) =>
      personName(
        items?.find((entry) => entry.username === username),
        username,
        language,
      ),
    [items, language],
  );
}
