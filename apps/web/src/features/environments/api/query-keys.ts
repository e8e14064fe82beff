/** Query keys of the environments feature. */
export const environmentKeys = {
  all: ['environments'] as const,
  list: (extensionId: string) => [...environmentKeys.all, extensionId, 'list'] as const,
  detail: (extensionId: string, environmentId: string) => [...environmentKeys.all, extensionId, 'detail', environmentId] as const,
};

/**
 * Extensions embed their environments' statuses, so environment changes also invalidate this root.
 * It is the extensions feature's key; features share keys, never code.
 */
export const EXTENSIONS_ROOT_KEY = ['extensions'] as const;

export const environmentsPath = (extensionId: string) =>
  `/public/v1/devops/services/${encodeURIComponent(extensionId)}/environments`;
export const environmentPath = (extensionId: string, environmentId: string) =>
  `${environmentsPath(extensionId)}/${encodeURIComponent(environmentId)}`;
