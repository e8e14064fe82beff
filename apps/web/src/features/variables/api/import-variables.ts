import type { Variable } from '@devops/contracts/variables';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { onVariablesChanged } from './on-variables-changed.ts';
import type { VariablesImportInput } from './preview-variables-import.ts';
import { XLSX_CONTENT_TYPE, variablesPath } from './query-keys.ts';

/** Applies the file; answers the variables that were added or changed. */
export function importVariables({ extensionId, environmentId, file }: VariablesImportInput): Promise<Variable[]> {
  return api<Variable[]>(`${variablesPath(extensionId, environmentId)}/import`, {
    method: 'POST',
    body: file,
    contentType: XLSX_CONTENT_TYPE,
  });
}

export function useImportVariables() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importVariables,
    onSuccess: (_variables, input) => onVariablesChanged(queryClient, input.extensionId, input.environmentId),
  });
}
