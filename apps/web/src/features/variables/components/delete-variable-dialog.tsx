import type { Variable } from '@devops/contracts/variables';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { useToast } from '../../../components/ui/toast.tsx';
import { useDeleteVariable } from '../api/delete-variable.ts';

type DeleteVariableDialogProps = {
  variable: Variable | null;
  onClose: () => void;
  extensionId: string;
  environmentId: string;
  environmentLabel: string;
};

export function DeleteVariableDialog({ variable, onClose, extensionId, environmentId, environmentLabel }: DeleteVariableDialogProps) {
  const deleteMutation = useDeleteVariable();
  const toast = useToast();

  function changeOpen(open: boolean) {
    if (open) return;
    deleteMutation.reset();
    onClose();
  }

  function confirm() {
    if (!variable) return;
    deleteMutation.mutate(
      { extensionId, environmentId, variableId: variable.id },
      {
        onSuccess: () => {
          toast({ title: 'Variable deleted', description: variable.name, tone: 'success' });
          changeOpen(false);
        },
      },
    );
  }

  return (
    <ConfirmDialog
      open={variable !== null}
      onOpenChange={changeOpen}
      title="Delete variable"
      confirmLabel="Delete"
      isPending={deleteMutation.isPending}
      error={deleteMutation.error}
      onConfirm={confirm}
    >
      Delete variable <strong className="mono break">{variable?.name}</strong> from the {environmentLabel} environment?
    </ConfirmDialog>
  );
}
