import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { onVariablesChanged } from './on-variables-changed.ts';
import { variablePath } from './query-keys.ts';

export type DeleteVariableInput = { extensionId: string; environmentId: string; variableId: string };

export function deleteVariable({ extensionId, environmentId, variableId }: DeleteVariableInput): Promise<void> {
  return api<void>(variablePath(extensionId, environmentId, variableId), { method: 'DELETE' });
}

export function useDeleteVariable() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteVariable,
    onSuccess: (_result, input) => onVariablesChanged(queryClient, input.extensionId, input.environmentId),
  });
}
