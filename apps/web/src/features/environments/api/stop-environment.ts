import type { Environment } from '@devops/contracts/environments';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { environmentPath } from './query-keys.ts';
import type { EnvironmentActionInput } from './start-environment.ts';
import { onEnvironmentChanged } from './on-environment-changed.ts';

export function stopEnvironment({ extensionId, environmentId }: EnvironmentActionInput): Promise<Environment> {
  return api<Environment>(`${environmentPath(extensionId, environmentId)}/stop`, { method: 'POST' });
}

export function useStopEnvironment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: stopEnvironment,
    onSuccess: (environment, input) => onEnvironmentChanged(queryClient, input.extensionId, environment),
  });
}
