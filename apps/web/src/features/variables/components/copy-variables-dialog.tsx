import type { VariableComparison } from '@devops/contracts/variables';
import { Dialog } from '../../../components/ui/dialog.tsx';
import { CopyVariablesForm } from './copy-variables-form.tsx';

type CopyVariablesDialogProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  extensionId: string;
  comparison: VariableComparison;
  selectedNames: string[];
  onCopied: () => void;
};

export function CopyVariablesDialog({ open, onOpenChange, extensionId, comparison, selectedNames, onCopied }: CopyVariablesDialogProps) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange} title="Copy variables" size="md">
      {open ? (
        <CopyVariablesForm
          extensionId={extensionId}
          comparison={comparison}
          selectedNames={selectedNames}
          onCopied={onCopied}
          onClose={() => onOpenChange(false)}
        />
      ) : null}
    </Dialog>
  );
}
