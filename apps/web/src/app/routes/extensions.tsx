import type { Extension } from '@devops/contracts/extensions';
import { Plus } from 'lucide-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Button } from '../../components/ui/button.tsx';
import { paths } from '../../config/paths.ts';
import { AddExtensionDialog } from '../../features/extensions/components/add-extension-dialog.tsx';
import { ExtensionsList } from '../../features/extensions/components/extensions-list.tsx';
import { canMutate, useAuthedSession } from '../session-context.ts';

export function ExtensionsRoute() {
  const session = useAuthedSession();
  const navigate = useNavigate();
  const [adding, setAdding] = useState(false);
  const canAdd = canMutate(session);

  const addButton = canAdd ? (
    <Button variant="primary" icon={<Plus size={16} aria-hidden="true" />} onClick={() => setAdding(true)}>
      Add Extension
    </Button>
  ) : null;

  function onCreated(extension: Extension) {
    setAdding(false);
    navigate(paths.extension(extension.id));
  }

  return (
    <div className="stack stack--lg">
      <header className="page-header">
        <div className="page-header__text">
          <h1 className="page-title">Extensions</h1>
          <p className="muted">Add extensions and run them in Development, Test and Production environments.</p>
        </div>
        <div className="page-header__actions">{addButton}</div>
      </header>
      <ExtensionsList emptyAction={addButton} />
      {canAdd ? (
        <AddExtensionDialog open={adding} onOpenChange={setAdding} accountType={session.account.type} onCreated={onCreated} />
      ) : null}
    </div>
  );
}
