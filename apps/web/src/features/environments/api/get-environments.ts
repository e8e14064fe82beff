import type { Environment } from '@devops/contracts/environments';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { environmentKeys, environmentsPath } from './query-keys.ts';

export function getEnvironments(extensionId: string, signal?: AbortSignal): Promise<Environment[]> {
  return api<Environment[]>(environmentsPath(extensionId), { signal });
}

export const environmentsQueryOptions = (extensionId: string) =>
  queryOptions({
    queryKey: environmentKeys.list(extensionId),
    queryFn: ({ signal }) => getEnvironments(extensionId, signal),
    // Statuses change as runners connect and deploys progress; poll until live updates exist.
    refetchInterval: 5_000,
  });

export function useEnvironments(extensionId: string) {
  return useQuery(environmentsQueryOptions(extensionId));
}
