import type { CopyVariablesRequest, Variable } from '@devops/contracts/variables';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { onVariablesChanged } from './on-variables-changed.ts';
import { copyVariablesPath } from './query-keys.ts';

export type CopyVariablesInput = { extensionId: string; body: CopyVariablesRequest };

/** Copies variables between two environments of one extension; answers the target's copied variables. */
export function copyVariables({ extensionId, body }: CopyVariablesInput): Promise<Variable[]> {
  return api<Variable[]>(copyVariablesPath(extensionId), { method: 'POST', body });
}

export function useCopyVariables() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: copyVariables,
    // Only the target changes; the comparison is refreshed with it.
    onSuccess: (_variables, input) => onVariablesChanged(queryClient, input.extensionId, input.body.to),
  });
}
