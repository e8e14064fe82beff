import type { Environment, UpdateEnvironmentRequest } from '@devops/contracts/environments';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { environmentPath } from './query-keys.ts';
import { onEnvironmentChanged } from './on-environment-changed.ts';

export type UpdateEnvironmentInput = { extensionId: string; environmentId: string; body: UpdateEnvironmentRequest };

export function updateEnvironment({ extensionId, environmentId, body }: UpdateEnvironmentInput): Promise<Environment> {
  return api<Environment>(environmentPath(extensionId, environmentId), { method: 'PUT', body });
}

export function useUpdateEnvironment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateEnvironment,
    onSuccess: (environment, input) => onEnvironmentChanged(queryClient, input.extensionId, environment),
  });
}
