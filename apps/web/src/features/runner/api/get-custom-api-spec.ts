import type { Environment, EnvironmentStatus } from '@devops/contracts/environments';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, ApiError } from '../../../lib/api-client.ts';
import { customApiRoot, listCustomApiMethods, OPENAPI_SPEC_PATH } from '../lib/custom-api-methods.ts';
import { runnerKeys } from './query-keys.ts';

/** Statuses in which a runner is there to answer custom API calls. */
const READY_STATUSES: readonly EnvironmentStatus[] = ['connected', 'running'];

export function isRunnerReady(environment: Environment): boolean {
  return READY_STATUSES.includes(environment.status);
}

/** The platform's answer when no runner of the environment is connected (or it went away mid-call). */
export function isRunnerUnavailable(error: unknown): boolean {
  return error instanceof ApiError && error.status === 502;
}

/** The runner's OpenAPI description, asked through the platform like any custom API call. */
export function getCustomApiSpec(extensionId: string, environmentId: string, signal?: AbortSignal): Promise<unknown> {
  return api<unknown>(`${customApiRoot(extensionId, environmentId)}${OPENAPI_SPEC_PATH}`, { signal });
}

export const customApiSpecQueryOptions = (extensionId: string, environmentId: string, runners: string) =>
  queryOptions({
    queryKey: runnerKeys.customApiSpec(extensionId, environmentId, runners),
    queryFn: ({ signal }) => getCustomApiSpec(extensionId, environmentId, signal),
    select: listCustomApiMethods,
    // Only another runner changes it, and that is another key.
    staleTime: Number.POSITIVE_INFINITY,
    // A runner that just connected may not take web tasks yet; a timeout (504) already waited 30 s.
    retry: (failureCount, error) => isRunnerUnavailable(error) && failureCount < 3,
  });

/** The custom API methods of the environment's connected runner; not asked while none is connected. */
export function useCustomApiMethods(extensionId: string, environment: Environment) {
  const runners = environment.instances
    .filter((instance) => instance.status === 'connected')
    .map((instance) => instance.id)
    .sort()
    .join(',');
  return useQuery({ ...customApiSpecQueryOptions(extensionId, environment.id, runners), enabled: isRunnerReady(environment) });
}
