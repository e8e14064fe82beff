import type { Environment } from '@devops/contracts/environments';
import { Dialog } from '../../../components/ui/dialog.tsx';
import { EnvironmentConfigWizard } from './environment-config-wizard.tsx';

type EnvironmentConfigDialogProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  extensionId: string;
  environment: Environment;
  environmentLabel: string;
};

export function EnvironmentConfigDialog({ open, onOpenChange, extensionId, environment, environmentLabel }: EnvironmentConfigDialogProps) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange} title={`Configure ${environmentLabel} environment`} size="md">
      {/* Mounted per opening so the wizard starts at its first step with the current values. */}
      {open ? <EnvironmentConfigWizard extensionId={extensionId} environment={environment} onClose={() => onOpenChange(false)} /> : null}
    </Dialog>
  );
}
