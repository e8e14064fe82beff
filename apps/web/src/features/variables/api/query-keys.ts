/** Query keys of the variables feature. */
export type VariableListParams = { limit: number; offset: number };

export const variableKeys = {
  all: ['variables'] as const,
  extension: (extensionId: string) => [...variableKeys.all, extensionId] as const,
  /** Everything read from one environment: its list pages and its change history. */
  environment: (extensionId: string, environmentId: string) => [...variableKeys.extension(extensionId), 'environment', environmentId] as const,
  list: (extensionId: string, environmentId: string, params: VariableListParams) =>
    [...variableKeys.environment(extensionId, environmentId), 'list', params] as const,
  audit: (extensionId: string, environmentId: string, params: VariableListParams) =>
    [...variableKeys.environment(extensionId, environmentId), 'audit', params] as const,
  comparison: (extensionId: string) => [...variableKeys.extension(extensionId), 'comparison'] as const,
};

/**
 * Changing variables while a runner is connected flips the environment's `configuration_changed`,
 * which environments and extensions embed. These are the other features' root keys: features share
 * keys, never code.
 */
export const ENVIRONMENTS_ROOT_KEY = ['environments'] as const;
export const EXTENSIONS_ROOT_KEY = ['extensions'] as const;

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const servicePath = (extensionId: string) => `/public/v1/devops/services/${encodeURIComponent(extensionId)}`;

export const variablesPath = (extensionId: string, environmentId: string) =>
  `${servicePath(extensionId)}/environments/${encodeURIComponent(environmentId)}/variables`;
export const variablePath = (extensionId: string, environmentId: string, variableId: string) =>
  `${variablesPath(extensionId, environmentId)}/${encodeURIComponent(variableId)}`;
export const compareVariablesPath = (extensionId: string) => `${servicePath(extensionId)}/variables/compare`;
export const copyVariablesPath = (extensionId: string) => `${servicePath(extensionId)}/variables/copy`;
