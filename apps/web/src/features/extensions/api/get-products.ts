import type { Product } from '@devops/contracts/catalog';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { catalogKeys } from './query-keys.ts';

/** The caller's (vendor) account products, for Fulfillment Automation extensions. */
export function getProducts(signal?: AbortSignal): Promise<Product[]> {
  return api<Product[]>('/public/v1/devops/products', { signal });
}

export const productsQueryOptions = () =>
  queryOptions({ queryKey: catalogKeys.products(), queryFn: ({ signal }) => getProducts(signal), staleTime: 60_000 });

export function useProducts(options: { enabled?: boolean } = {}) {
  return useQuery({ ...productsQueryOptions(), enabled: options.enabled ?? true });
}
