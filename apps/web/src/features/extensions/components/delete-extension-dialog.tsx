import type { Extension } from '@devops/contracts/extensions';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { useDeleteExtension } from '../api/delete-extension.ts';

type DeleteExtensionDialogProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  extension: Extension;
  onDeleted: () => void;
};

/** Confirms deletion; a refusal (an environment still connected or running) is shown in the dialog. */
export function DeleteExtensionDialog({ open, onOpenChange, extension, onDeleted }: DeleteExtensionDialogProps) {
  const deleteMutation = useDeleteExtension();

  function changeOpen(next: boolean) {
    if (!next) deleteMutation.reset();
    onOpenChange(next);
  }

  return (
    <ConfirmDialog
      open={open}
      onOpenChange={changeOpen}
      title="Delete extension"
      confirmLabel="Delete"
      isPending={deleteMutation.isPending}
      error={deleteMutation.error}
      onConfirm={() => deleteMutation.mutate(extension.id, { onSuccess: onDeleted })}
    >
      Delete <strong>{extension.name}</strong> ({extension.id}) and its three environments? This cannot be undone. An
      extension can be deleted only when every environment is stopped, disconnected or uninitialized.
    </ConfirmDialog>
  );
}
