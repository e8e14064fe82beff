import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { extensionKeys, extensionPath } from './query-keys.ts';

export function deleteExtension(id: string): Promise<void> {
  return api<void>(extensionPath(id), { method: 'DELETE' });
}

export function useDeleteExtension() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteExtension,
    onSuccess: (_result, id) => {
      queryClient.removeQueries({ queryKey: extensionKeys.detail(id) });
      return queryClient.invalidateQueries({ queryKey: extensionKeys.lists() });
    },
  });
}
