import type { QueryClient } from '@tanstack/react-query';
import { ENVIRONMENTS_ROOT_KEY, EXTENSIONS_ROOT_KEY, variableKeys } from './query-keys.ts';

/** After variables of one environment changed: its lists and history, the comparison, and its `configuration_changed`. */
export function onVariablesChanged(queryClient: QueryClient, extensionId: string, environmentId: string) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: variableKeys.environment(extensionId, environmentId) }),
    queryClient.invalidateQueries({ queryKey: variableKeys.comparison(extensionId) }),
    queryClient.invalidateQueries({ queryKey: [...ENVIRONMENTS_ROOT_KEY, extensionId] }),
    queryClient.invalidateQueries({ queryKey: EXTENSIONS_ROOT_KEY }),
  ]);
}
