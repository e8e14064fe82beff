import type { ApiKey } from '@devops/contracts/api-keys';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { API_KEYS_PATH, apiKeyKeys } from './query-keys.ts';

export function getApiKeys(signal?: AbortSignal): Promise<ApiKey[]> {
  return api<ApiKey[]>(API_KEYS_PATH, { signal });
}

export const apiKeysQueryOptions = () =>
  queryOptions({ queryKey: apiKeyKeys.list(), queryFn: ({ signal }) => getApiKeys(signal) });

export function useApiKeys() {
  return useQuery(apiKeysQueryOptions());
}
