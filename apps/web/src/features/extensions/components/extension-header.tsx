import { EXTENSION_TYPE_LABELS, type Extension } from '@devops/contracts/extensions';
import { EllipsisVertical, Pencil, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { Button } from '../../../components/ui/button.tsx';
import { CopyButton } from '../../../components/ui/copy-button.tsx';
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuTrigger,
} from '../../../components/ui/dropdown-menu.tsx';
import { DeleteExtensionDialog } from './delete-extension-dialog.tsx';
import { EditExtensionDialog } from './edit-extension-dialog.tsx';
import { ExtensionIcon } from './extension-icon.tsx';

type ExtensionHeaderProps = { extension: Extension; canEdit: boolean; onDeleted: () => void };

/** Image, name, id and type of an extension, with Edit and the ⋮ menu (Delete). */
export function ExtensionHeader({ extension, canEdit, onDeleted }: ExtensionHeaderProps) {
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);

  return (
    <header className="page-header page-header--extension">
      <ExtensionIcon src={extension.icon} name={extension.name} size="lg" />
      <div className="page-header__text">
        <h1 className="page-title">{extension.name}</h1>
        <div className="page-header__meta">
          <span className="id-chip">
            <code className="mono">{extension.id}</code>
            <CopyButton value={extension.id} label="Copy extension ID" />
          </span>
          <span className="meta-item">{EXTENSION_TYPE_LABELS[extension.type] ?? extension.type}</span>
          {extension.package_id ? <span className="meta-item mono">{extension.package_id}</span> : null}
          {extension.hub ? <span className="meta-item">Hub: {extension.hub.name}</span> : null}
        </div>
        {extension.products.length > 0 ? (
          <p className="muted">Products: {extension.products.map((product) => product.name).join(', ')}</p>
        ) : null}
        {extension.description ? <p className="page-header__description">{extension.description}</p> : null}
      </div>
      {canEdit ? (
        <div className="page-header__actions">
          <Button icon={<Pencil size={16} aria-hidden="true" />} onClick={() => setEditing(true)}>
            Edit
          </Button>
          <DropdownMenu>
            <DropdownMenuTrigger asChild>
              <Button icon={<EllipsisVertical size={16} aria-hidden="true" />} aria-label="More actions" />
            </DropdownMenuTrigger>
            <DropdownMenuContent>
              <DropdownMenuItem tone="danger" icon={<Trash2 size={16} aria-hidden="true" />} onSelect={() => setDeleting(true)}>
                Delete
              </DropdownMenuItem>
            </DropdownMenuContent>
          </DropdownMenu>
          <EditExtensionDialog open={editing} onOpenChange={setEditing} extension={extension} />
          <DeleteExtensionDialog open={deleting} onOpenChange={setDeleting} extension={extension} onDeleted={onDeleted} />
        </div>
      ) : null}
    </header>
  );
}
