import { Download } from 'lucide-react';
import { Button } from '../../../components/ui/button.tsx';
import { useToast } from '../../../components/ui/toast.tsx';
import { errorMessages } from '../../../lib/api-client.ts';
import { useExportVariables } from '../api/export-variables.ts';

type ExportVariablesButtonProps = { extensionId: string; environmentId: string; environmentLabel: string };

/** Downloads the environment's variables as .xlsx (secure values are left out by the server). */
export function ExportVariablesButton({ extensionId, environmentId, environmentLabel }: ExportVariablesButtonProps) {
  const exportMutation = useExportVariables();
  const toast = useToast();

  function download() {
    exportMutation.mutate(
      { extensionId, environmentId },
      {
        onError: (error) =>
          toast({
            title: `Cannot export the ${environmentLabel} variables`,
            description: errorMessages(error).join(' '),
            tone: 'danger',
          }),
      },
    );
  }

  return (
    <Button size="sm" icon={<Download size={16} aria-hidden="true" />} isLoading={exportMutation.isPending} onClick={download}>
      Export
    </Button>
  );
}
