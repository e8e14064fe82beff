import { useMutation } from '@tanstack/react-query';
import { apiDownload } from '../../../lib/api-client.ts';
import { saveBlob } from '../../../lib/save-blob.ts';
import { variablesPath } from './query-keys.ts';

export type ExportVariablesInput = { extensionId: string; environmentId: string };

/** Downloads the environment's variables as .xlsx, named as the server says. */
export async function exportVariables({ extensionId, environmentId }: ExportVariablesInput): Promise<string> {
  const { blob, filename } = await apiDownload(`${variablesPath(extensionId, environmentId)}/export`);
  const name = filename ?? `${environmentId}-variables.xlsx`;
  saveBlob(blob, name);
  return name;
}

/** A read, but one the user starts: a mutation gives it a pending state and an error without caching the file. */
export function useExportVariables() {
  return useMutation({ mutationFn: exportVariables });
}
