import type { CreateApiKeyRequest, CreatedApiKey } from '@devops/contracts/api-keys';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { API_KEYS_PATH, API_KEYS_ROOT_KEY } from './query-keys.ts';

/** The name a runner key gets, so the API keys list says what it is for. */
export const runnerKeyName = (environmentId: string) => `Runner for ${environmentId}`;

/** Creates a developer API key that may only run this environment; its secret is in the answer only. */
export function createRunnerApiKey(environmentId: string): Promise<CreatedApiKey> {
  const body: CreateApiKeyRequest = { name: runnerKeyName(environmentId), role: 'developer', environment_id: environmentId };
  return api<CreatedApiKey>(API_KEYS_PATH, { method: 'POST', body });
}

export function useCreateRunnerApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createRunnerApiKey,
    // The answer carries the secret: the mutation cache drops it as soon as nothing shows it.
    gcTime: 0,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: API_KEYS_ROOT_KEY }),
  });
}
