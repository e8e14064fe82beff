import type { Environment } from '@devops/contracts/environments';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { environmentPath } from './query-keys.ts';
import { onEnvironmentChanged } from './on-environment-changed.ts';

export type EnvironmentActionInput = { extensionId: string; environmentId: string };

export function startEnvironment({ extensionId, environmentId }: EnvironmentActionInput): Promise<Environment> {
  return api<Environment>(`${environmentPath(extensionId, environmentId)}/start`, { method: 'POST' });
}

export function useStartEnvironment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: startEnvironment,
    onSuccess: (environment, input) => onEnvironmentChanged(queryClient, input.extensionId, environment),
  });
}
