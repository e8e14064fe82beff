import type { Extension, UpdateExtensionRequest } from '@devops/contracts/extensions';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { extensionKeys, extensionPath } from './query-keys.ts';

export type UpdateExtensionInput = { id: string; body: UpdateExtensionRequest };

export function updateExtension({ id, body }: UpdateExtensionInput): Promise<Extension> {
  return api<Extension>(extensionPath(id), { method: 'PUT', body });
}

export function useUpdateExtension() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateExtension,
    onSuccess: (extension) => {
      queryClient.setQueryData(extensionKeys.detail(extension.id), extension);
      return queryClient.invalidateQueries({ queryKey: extensionKeys.lists() });
    },
  });
}
