import type { Extension } from '@devops/contracts/extensions';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { extensionKeys, extensionPath } from './query-keys.ts';

export function getExtension(id: string, signal?: AbortSignal): Promise<Extension> {
  return api<Extension>(extensionPath(id), { signal });
}

export const extensionQueryOptions = (id: string) =>
  queryOptions({
    queryKey: extensionKeys.detail(id),
    queryFn: ({ signal }) => getExtension(id, signal),
    refetchInterval: 5_000,
  });

export function useExtension(id: string) {
  return useQuery(extensionQueryOptions(id));
}
