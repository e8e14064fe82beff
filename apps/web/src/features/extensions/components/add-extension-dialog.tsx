import type { AccountType } from '@devops/contracts/common';
import type { Extension } from '@devops/contracts/extensions';
import { useId, useState } from 'react';
import { Button } from '../../../components/ui/button.tsx';
import { Dialog } from '../../../components/ui/dialog.tsx';
import { AddExtensionForm } from './add-extension-form.tsx';

type AddExtensionDialogProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  accountType: AccountType;
  onCreated: (extension: Extension) => void;
};

/** The Add Extension dialog: name, image, type and the type's own fields. */
export function AddExtensionDialog({ open, onOpenChange, accountType, onCreated }: AddExtensionDialogProps) {
  const formId = useId();
  const [isPending, setIsPending] = useState(false);
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title="Add Extension"
      size="lg"
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
      {/* Mounted only while open, so every opening starts from an empty form. */}
      {open ? (
        <AddExtensionForm formId={formId} accountType={accountType} onCreated={onCreated} onPendingChange={setIsPending} />
      ) : null}
    </Dialog>
  );
}
