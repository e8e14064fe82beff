import type { LoginRequest, SessionInfo } from '@devops/contracts/auth';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, setCsrfToken } from '../../../lib/api-client.ts';
import { authKeys } from './query-keys.ts';

export function login(body: LoginRequest): Promise<SessionInfo> {
  return api<SessionInfo>('/public/v1/auth/login', { method: 'POST', body });
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (session) => {
      setCsrfToken(session.csrf_token);
      // Nothing cached from a previous user may leak into this session.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== authKeys.all[0] });
      queryClient.setQueryData(authKeys.session(), session);
    },
  });
}
