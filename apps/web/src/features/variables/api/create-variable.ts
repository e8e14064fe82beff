import type { CreateVariableRequest, Variable } from '@devops/contracts/variables';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { onVariablesChanged } from './on-variables-changed.ts';
import { variablesPath } from './query-keys.ts';

export type CreateVariableInput = { extensionId: string; environmentId: string; body: CreateVariableRequest };

export function createVariable({ extensionId, environmentId, body }: CreateVariableInput): Promise<Variable> {
  return api<Variable>(variablesPath(extensionId, environmentId), { method: 'POST', body });
}

export function useCreateVariable() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createVariable,
    onSuccess: (_variable, input) => onVariablesChanged(queryClient, input.extensionId, input.environmentId),
  });
}
