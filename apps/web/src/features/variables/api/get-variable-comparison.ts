import type { VariableComparison } from '@devops/contracts/variables';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { compareVariablesPath, variableKeys } from './query-keys.ts';

export function getVariableComparison(extensionId: string, signal?: AbortSignal): Promise<VariableComparison> {
  return api<VariableComparison>(compareVariablesPath(extensionId), { signal });
}

export const variableComparisonQueryOptions = (extensionId: string) =>
  queryOptions({
    queryKey: variableKeys.comparison(extensionId),
    queryFn: ({ signal }) => getVariableComparison(extensionId, signal),
  });

export function useVariableComparison(extensionId: string) {
  return useQuery(variableComparisonQueryOptions(extensionId));
}
