import type { CreateExtensionRequest, Extension } from '@devops/contracts/extensions';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { EXTENSIONS_PATH, extensionKeys } from './query-keys.ts';

export function createExtension(body: CreateExtensionRequest): Promise<Extension> {
  return api<Extension>(EXTENSIONS_PATH, { method: 'POST', body });
}

export function useCreateExtension() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createExtension,
    onSuccess: (extension) => {
      queryClient.setQueryData(extensionKeys.detail(extension.id), extension);
      return queryClient.invalidateQueries({ queryKey: extensionKeys.lists() });
    },
  });
}
