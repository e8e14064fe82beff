import type { Variable } from '@devops/contracts/variables';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { variableKeys, variablesPath, type VariableListParams } from './query-keys.ts';

export type VariablePage = { items: Variable[]; total: number };

export async function getVariables(
  extensionId: string,
  environmentId: string,
  params: VariableListParams,
  signal?: AbortSignal,
): Promise<VariablePage> {
  const query = `limit=${params.limit}&offset=${params.offset}&ordering(name)`;
  const { data, range } = await apiRequest<Variable[]>(variablesPath(extensionId, environmentId), { query, signal });
  const total = range && Number.isFinite(range.total) ? range.total : params.offset + data.length;
  return { items: data, total };
}

export const variablesQueryOptions = (extensionId: string, environmentId: string, params: VariableListParams) =>
  queryOptions({
    queryKey: variableKeys.list(extensionId, environmentId, params),
    queryFn: ({ signal }) => getVariables(extensionId, environmentId, params, signal),
    placeholderData: keepPreviousData,
  });

export function useVariables(extensionId: string, environmentId: string, params: VariableListParams) {
  return useQuery(variablesQueryOptions(extensionId, environmentId, params));
}
