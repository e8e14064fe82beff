import type { CreateApiKeyRequest, CreatedApiKey } from '@devops/contracts/api-keys';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { API_KEYS_PATH, apiKeyKeys } from './query-keys.ts';

export function createApiKey(body: CreateApiKeyRequest): Promise<CreatedApiKey> {
  return api<CreatedApiKey>(API_KEYS_PATH, { method: 'POST', body });
}

export function useCreateApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createApiKey,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiKeyKeys.list() }),
  });
}
