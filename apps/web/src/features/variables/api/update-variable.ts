import type { UpdateVariableRequest, Variable } from '@devops/contracts/variables';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { onVariablesChanged } from './on-variables-changed.ts';
import { variablePath } from './query-keys.ts';

export type UpdateVariableInput = { extensionId: string; environmentId: string; variableId: string; body: UpdateVariableRequest };

export function updateVariable({ extensionId, environmentId, variableId, body }: UpdateVariableInput): Promise<Variable> {
  return api<Variable>(variablePath(extensionId, environmentId, variableId), { method: 'PUT', body });
}

export function useUpdateVariable() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateVariable,
    onSuccess: (_variable, input) => onVariablesChanged(queryClient, input.extensionId, input.environmentId),
  });
}
