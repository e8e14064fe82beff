import type { VariablesImportPreview } from '@devops/contracts/variables';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { XLSX_CONTENT_TYPE, variablesPath } from './query-keys.ts';

export type VariablesImportInput = { extensionId: string; environmentId: string; file: Blob };

/** The dry run: what importing the file would do. Nothing changes, so nothing is invalidated. */
export function previewVariablesImport({ extensionId, environmentId, file }: VariablesImportInput): Promise<VariablesImportPreview> {
  return api<VariablesImportPreview>(`${variablesPath(extensionId, environmentId)}/import`, {
    method: 'POST',
    query: 'dry_run=true',
    body: file,
    contentType: XLSX_CONTENT_TYPE,
  });
}

export function usePreviewVariablesImport() {
  return useMutation({ mutationFn: previewVariablesImport });
}
