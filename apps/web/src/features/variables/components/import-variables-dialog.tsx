import { Dialog } from '../../../components/ui/dialog.tsx';
import { ImportVariablesPanel } from './import-variables-panel.tsx';

type ImportVariablesDialogProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  extensionId: string;
  environmentId: string;
  environmentLabel: string;
};

export function ImportVariablesDialog({ open, onOpenChange, extensionId, environmentId, environmentLabel }: ImportVariablesDialogProps) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange} title="Import variables" size="lg">
      {/* Mounted per opening so every import starts without a file. */}
      {open ? (
        <ImportVariablesPanel
          extensionId={extensionId}
          environmentId={environmentId}
          environmentLabel={environmentLabel}
          onClose={() => onOpenChange(false)}
        />
      ) : null}
    </Dialog>
  );
}
