import type { Environment } from '@devops/contracts/environments';
import type { QueryClient } from '@tanstack/react-query';
import { EXTENSIONS_ROOT_KEY, environmentKeys } from './query-keys.ts';

/** After a change to one environment: store the answer, then refetch what embeds it. */
export async function onEnvironmentChanged(queryClient: QueryClient, extensionId: string, environment: Environment) {
  queryClient.setQueryData(environmentKeys.detail(extensionId, environment.id), environment);
  queryClient.setQueryData<Environment[]>(environmentKeys.list(extensionId), (list) =>
    list?.map((item) => (item.id === environment.id ? environment : item)),
  );
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: environmentKeys.list(extensionId) }),
    queryClient.invalidateQueries({ queryKey: EXTENSIONS_ROOT_KEY }),
  ]);
}
