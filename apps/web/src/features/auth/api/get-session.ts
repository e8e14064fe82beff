import type { SessionInfo } from '@devops/contracts/auth';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { ApiError, api, setCsrfToken } from '../../../lib/api-client.ts';
import { authKeys } from './query-keys.ts';

/** The caller's session, or null when signed out (401). */
export async function getSession(signal?: AbortSignal): Promise<SessionInfo | null> {
  try {
    const session = await api<SessionInfo>('/public/v1/auth/me', { signal });
    setCsrfToken(session.csrf_token);
    return session;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export const sessionQueryOptions = () =>
  queryOptions({
    queryKey: authKeys.session(),
    queryFn: ({ signal }) => getSession(signal),
    staleTime: 5 * 60_000,
  });

export function useSession() {
  return useQuery(sessionQueryOptions());
}
