import type { Variable } from '@devops/contracts/variables';
import { useId, useState } from 'react';
import { Button } from '../../../components/ui/button.tsx';
import { Dialog } from '../../../components/ui/dialog.tsx';
import { useToast } from '../../../components/ui/toast.tsx';
import { AddVariableForm } from './add-variable-form.tsx';
import { EditVariableForm } from './edit-variable-form.tsx';

/** What the dialog is for: a new variable, or an existing one. */
export type VariableDialogTarget = { mode: 'add' } | { mode: 'edit'; variable: Variable };

type VariableDialogProps = {
  target: VariableDialogTarget | null;
  onClose: () => void;
  extensionId: string;
  environmentId: string;
  environmentLabel: string;
};

export function VariableDialog({ target, onClose, extensionId, environmentId, environmentLabel }: VariableDialogProps) {
  const formId = useId();
  const toast = useToast();
  const [isPending, setIsPending] = useState(false);
  const isEdit = target?.mode === 'edit';

  function close() {
    // The form unmounts with the dialog, so it cannot report that it is no longer pending.
    setIsPending(false);
    onClose();
  }

  function onSaved(variable: Variable) {
    toast({ title: isEdit ? 'Variable saved' : 'Variable added', description: variable.name, tone: 'success' });
    close();
  }

  const formProps = { formId, extensionId, environmentId, onSaved, onPendingChange: setIsPending };
  return (
    <Dialog
      open={target !== null}
      onOpenChange={(open) => (open ? undefined : close())}
      title={isEdit ? 'Edit variable' : 'Add variable'}
      description={`${environmentLabel} environment`}
      footer={
        <>
          <Button variant="secondary" onClick={close} disabled={isPending}>
            Cancel
          </Button>
          <Button type="submit" form={formId} variant="primary" isLoading={isPending}>
            Save
          </Button>
        </>
      }
    >
      {target?.mode === 'add' ? <AddVariableForm {...formProps} /> : null}
      {target?.mode === 'edit' ? <EditVariableForm key={target.variable.id} {...formProps} variable={target.variable} /> : null}
    </Dialog>
  );
}
