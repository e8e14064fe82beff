import type { Extension } from '@devops/contracts/extensions';
import { useId, useState } from 'react';
import { Button } from '../../../components/ui/button.tsx';
import { Dialog } from '../../../components/ui/dialog.tsx';
import { EditExtensionForm } from './edit-extension-form.tsx';

type EditExtensionDialogProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  extension: Extension;
};

export function EditExtensionDialog({ open, onOpenChange, extension }: EditExtensionDialogProps) {
  const formId = useId();
  const [isPending, setIsPending] = useState(false);
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title="Edit Extension"
      footer={
        <>
          <Button variant="secondary" onClick={() => onOpenChange(false)} disabled={isPending}>
            Cancel
          </Button>
          <Button type="submit" form={formId} variant="primary" isLoading={isPending}>
            Save
          </Button>
        </>
      }
    >
      {open ? (
        <EditExtensionForm formId={formId} extension={extension} onSaved={() => onOpenChange(false)} onPendingChange={setIsPending} />
      ) : null}
    </Dialog>
  );
}
