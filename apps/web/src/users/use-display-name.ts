// A username as people read it: the display name in the UI language, the username until known.
import { useLanguage } from '../i18n/use-language';
import { displayNameOf } from './directory';
import { useDirectory } from './use-directory';

/** Display name of `username` (the username itself when unknown, or for `system`). */
export function useDisplayName(username: string | null | undefined): string {
  const directory = useDirectory();
  const language = useLanguage();
  if (!username) return '';
  return displayNameOf(username, directory.data, language);
}

/** A function naming many users at once (tables). */
export function useDisplayNames(): (username: string) => string {
  const directory = useDirectory();
  const language = useLanguage();
  return (username) => displayNameOf(username, directory.data, language);
}
