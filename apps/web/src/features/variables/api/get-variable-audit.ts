import type { VariableAuditEvent } from '@devops/contracts/variables';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { variableKeys, variablesPath, type VariableListParams } from './query-keys.ts';

export type VariableAuditPage = { items: VariableAuditEvent[]; total: number };

export async function getVariableAudit(
  extensionId: string,
  environmentId: string,
  params: VariableListParams,
  signal?: AbortSignal,
): Promise<VariableAuditPage> {
  const { data, range } = await apiRequest<VariableAuditEvent[]>(`${variablesPath(extensionId, environmentId)}/audit`, {
    query: `limit=${params.limit}&offset=${params.offset}`,
    signal,
  });
  const total = range && Number.isFinite(range.total) ? range.total : params.offset + data.length;
  return { items: data, total };
}

export const variableAuditQueryOptions = (extensionId: string, environmentId: string, params: VariableListParams) =>
  queryOptions({
    queryKey: variableKeys.audit(extensionId, environmentId, params),
    queryFn: ({ signal }) => getVariableAudit(extensionId, environmentId, params, signal),
    placeholderData: keepPreviousData,
  });

export function useVariableAudit(extensionId: string, environmentId: string, params: VariableListParams, options: { enabled?: boolean } = {}) {
  return useQuery({ ...variableAuditQueryOptions(extensionId, environmentId, params), enabled: options.enabled ?? true });
}
