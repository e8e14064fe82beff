import type { Hub } from '@devops/contracts/catalog';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { catalogKeys } from './query-keys.ts';

/** The caller's (distributor/reseller) hubs, for Hub Integration extensions. */
export function getHubs(signal?: AbortSignal): Promise<Hub[]> {
  return api<Hub[]>('/public/v1/devops/hubs', { signal });
}

export const hubsQueryOptions = () =>
  queryOptions({ queryKey: catalogKeys.hubs(), queryFn: ({ signal }) => getHubs(signal), staleTime: 60_000 });

export function useHubs(options: { enabled?: boolean } = {}) {
  return useQuery({ ...hubsQueryOptions(), enabled: options.enabled ?? true });
}
