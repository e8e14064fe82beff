import type { CreatedApiKey } from '@devops/contracts/api-keys';
import { useId, useState } from 'react';
import { Button } from '../../../components/ui/button.tsx';
import { Dialog } from '../../../components/ui/dialog.tsx';
import { CreateApiKeyForm } from './create-api-key-form.tsx';
import { CreatedKeyPanel } from './created-key-panel.tsx';

type CreateApiKeyDialogProps = { open: boolean; onOpenChange: (open: boolean) => void };

/** Creates a key, then shows its secret once; closing the dialog forgets the secret. */
export function CreateApiKeyDialog({ open, onOpenChange }: CreateApiKeyDialogProps) {
  const formId = useId();
  const [isPending, setIsPending] = useState(false);
  const [created, setCreated] = useState<CreatedApiKey | null>(null);

  function changeOpen(next: boolean) {
    if (!next) setCreated(null);
    onOpenChange(next);
  }

  const footer = created ? (
    <Button variant="primary" onClick={() => changeOpen(false)}>
      Done
    </Button>
  ) : (
    <>
      <Button variant="secondary" onClick={() => changeOpen(false)} disabled={isPending}>
        Cancel
      </Button>
      <Button type="submit" form={formId} variant="primary" isLoading={isPending}>
        Create
      </Button>
    </>
  );

  return (
    <Dialog open={open} onOpenChange={changeOpen} title={created ? 'API key created' : 'Create API key'} footer={footer}>
      {created ? <CreatedKeyPanel apiKey={created} /> : null}
      {open && !created ? <CreateApiKeyForm formId={formId} onCreated={setCreated} onPendingChange={setIsPending} /> : null}
    </Dialog>
  );
}
