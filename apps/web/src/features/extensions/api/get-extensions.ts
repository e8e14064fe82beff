import type { Extension } from '@devops/contracts/extensions';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { ilikeContains } from '../../../lib/rql.ts';
import { EXTENSIONS_PATH, extensionKeys, type ExtensionListParams } from './query-keys.ts';

export type ExtensionPage = { items: Extension[]; total: number };

export async function getExtensions(params: ExtensionListParams, signal?: AbortSignal): Promise<ExtensionPage> {
  const query = [`limit=${params.limit}`, `offset=${params.offset}`];
  const search = params.search.trim();
  if (search) query.push(ilikeContains('name', search));
  query.push('ordering(-events.created.at)');
  const { data, range } = await apiRequest<Extension[]>(EXTENSIONS_PATH, { query: query.join('&'), signal });
  const total = range && Number.isFinite(range.total) ? range.total : params.offset + data.length;
  return { items: data, total };
}

export const extensionsQueryOptions = (params: ExtensionListParams) =>
  queryOptions({
    queryKey: extensionKeys.list(params),
    queryFn: ({ signal }) => getExtensions(params, signal),
    placeholderData: keepPreviousData,
    // Environment statuses change without user action until live updates exist.
    refetchInterval: 5_000,
  });

export function useExtensions(params: ExtensionListParams) {
  return useQuery(extensionsQueryOptions(params));
}
