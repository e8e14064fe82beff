/** Query keys of the extensions feature (extensions and the catalog their forms pick from). */
export type ExtensionListParams = { search: string; limit: number; offset: number };

export const extensionKeys = {
  all: ['extensions'] as const,
  lists: () => [...extensionKeys.all, 'list'] as const,
  list: (params: ExtensionListParams) => [...extensionKeys.lists(), params] as const,
  details: () => [...extensionKeys.all, 'detail'] as const,
  detail: (id: string) => [...extensionKeys.details(), id] as const,
};

export const catalogKeys = {
  all: ['catalog'] as const,
  products: () => [...catalogKeys.all, 'products'] as const,
  hubs: () => [...catalogKeys.all, 'hubs'] as const,
};

export const EXTENSIONS_PATH = '/public/v1/devops/services';
export const extensionPath = (id: string) => `${EXTENSIONS_PATH}/${encodeURIComponent(id)}`;
