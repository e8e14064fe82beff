import type { SessionInfo, SwitchAccountRequest } from '@devops/contracts/auth';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, setCsrfToken } from '../../../lib/api-client.ts';
import { authKeys } from './query-keys.ts';

export function switchAccount(body: SwitchAccountRequest): Promise<SessionInfo> {
  return api<SessionInfo>('/public/v1/auth/switch-account', { method: 'POST', body });
}

export function useSwitchAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: switchAccount,
    onSuccess: (session) => {
      setCsrfToken(session.csrf_token);
      // Every other cached answer belonged to the previous account.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== authKeys.all[0] });
      queryClient.setQueryData(authKeys.session(), session);
    },
  });
}
