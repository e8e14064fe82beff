import { useState } from 'react';
import { Button } from '../../../components/ui/button.tsx';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { FileDropZone } from '../../../components/ui/file-drop-zone.tsx';
import { Spinner } from '../../../components/ui/spinner.tsx';
import { useToast } from '../../../components/ui/toast.tsx';
import { useImportVariables } from '../api/import-variables.ts';
import { usePreviewVariablesImport } from '../api/preview-variables-import.ts';
import { XLSX_CONTENT_TYPE } from '../api/query-keys.ts';
import { ImportPreview } from './import-preview.tsx';
import { ImportProblems } from './import-problems.tsx';

type ImportVariablesPanelProps = { extensionId: string; environmentId: string; environmentLabel: string; onClose: () => void };

/** Pick or drop a file → dry run at once (problems or preview) → Save applies the same file. */
export function ImportVariablesPanel({ extensionId, environmentId, environmentLabel, onClose }: ImportVariablesPanelProps) {
  const [file, setFile] = useState<File | null>(null);
  const [localError, setLocalError] = useState<string | null>(null);
  const previewMutation = usePreviewVariablesImport();
  const importMutation = useImportVariables();
  const toast = useToast();
  const preview = previewMutation.data;
  const changes = preview ? preview.added.length + preview.changed.length : 0;

  function choose(chosen: File) {
    importMutation.reset();
    previewMutation.reset();
    if (!chosen.name.toLowerCase().endsWith('.xlsx')) {
      setFile(null);
      setLocalError(`${chosen.name} is not an .xlsx file. Export one from Excel, LibreOffice or Google Sheets as .xlsx.`);
      return;
    }
    setLocalError(null);
    setFile(chosen);
    previewMutation.mutate({ extensionId, environmentId, file: chosen });
  }

  function save() {
    if (!file) return;
    importMutation.mutate(
      { extensionId, environmentId, file },
      {
        onSuccess: (variables) => {
          toast({
            title: `Imported ${variables.length} ${variables.length === 1 ? 'variable' : 'variables'}`,
            description: `${environmentLabel} environment`,
            tone: 'success',
          });
          onClose();
        },
      },
    );
  }

  return (
    <div className="stack">
      <p className="muted">
        The file must be an .xlsx workbook with a sheet named <strong>Data</strong>. Its first row holds the headers{' '}
        <code className="mono">name</code>, <code className="mono">value</code> and <code className="mono">secure</code>; each
        following row is one variable, with <code className="mono">yes</code> or <code className="mono">no</code> in the secure
        column. A file exported from any environment can be imported as it is.
      </p>
      <FileDropZone
        accept={`.xlsx,${XLSX_CONTENT_TYPE}`}
        label="Choose an .xlsx file or drag it here"
        fileName={file?.name}
        disabled={importMutation.isPending}
        onFile={choose}
      />
      {localError ? (
        <p className="field__error" role="alert">
          {localError}
        </p>
      ) : null}
      {previewMutation.isPending ? (
        <p className="inline-icon">
          <Spinner label="Checking the file" /> Checking {file?.name}…
        </p>
      ) : null}
      {previewMutation.isError ? <ImportProblems error={previewMutation.error} /> : null}
      {preview ? <ImportPreview preview={preview} /> : null}
      <ErrorAlert error={importMutation.error} title="The variables were not imported" />
      {importMutation.isPending ? (
        <p className="inline-icon" aria-live="polite">
          <Spinner label="Importing" /> Uploading and importing {file?.name}…
        </p>
      ) : null}
      <footer className="dialog__footer dialog__footer--flush">
        <Button variant="secondary" onClick={onClose} disabled={importMutation.isPending}>
          Cancel
        </Button>
        <Button variant="primary" onClick={save} disabled={!preview || changes === 0} isLoading={importMutation.isPending}>
          Save
        </Button>
      </footer>
    </div>
  );
}
