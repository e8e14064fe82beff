import type { Environment } from '@devops/contracts/environments';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { environmentKeys, environmentPath } from './query-keys.ts';

export function getEnvironment(extensionId: string, environmentId: string, signal?: AbortSignal): Promise<Environment> {
  return api<Environment>(environmentPath(extensionId, environmentId), { signal });
}

export const environmentQueryOptions = (extensionId: string, environmentId: string) =>
  queryOptions({
    queryKey: environmentKeys.detail(extensionId, environmentId),
    queryFn: ({ signal }) => getEnvironment(extensionId, environmentId, signal),
    refetchInterval: 5_000,
  });

export function useEnvironment(extensionId: string, environmentId: string) {
  return useQuery(environmentQueryOptions(extensionId, environmentId));
}
