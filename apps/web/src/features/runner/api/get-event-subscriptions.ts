import type { EventSubscriptions } from '@devops/contracts/environments';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { eventSubscriptionsPath, runnerKeys } from './query-keys.ts';

export function getEventSubscriptions(extensionId: string, environmentId: string, signal?: AbortSignal): Promise<EventSubscriptions> {
  return api<EventSubscriptions>(eventSubscriptionsPath(extensionId, environmentId), { signal });
}

/** `declaration` identifies the runner declaration the answer reflects; see `runnerKeys.eventSubscriptions`. */
export const eventSubscriptionsQueryOptions = (extensionId: string, environmentId: string, declaration: string) =>
  queryOptions({
    queryKey: runnerKeys.eventSubscriptions(extensionId, environmentId, declaration),
    queryFn: ({ signal }) => getEventSubscriptions(extensionId, environmentId, signal),
    // A new declaration keeps the table on screen while the new answer loads.
    placeholderData: keepPreviousData,
    staleTime: Number.POSITIVE_INFINITY,
  });

export function useEventSubscriptions(extensionId: string, environmentId: string, declaration: string) {
  return useQuery(eventSubscriptionsQueryOptions(extensionId, environmentId, declaration));
}
