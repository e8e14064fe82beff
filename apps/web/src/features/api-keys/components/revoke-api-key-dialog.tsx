import type { ApiKey } from '@devops/contracts/api-keys';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { useRevokeApiKey } from '../api/revoke-api-key.ts';

type RevokeApiKeyDialogProps = { apiKey: ApiKey | null; onClose: () => void };

export function RevokeApiKeyDialog({ apiKey, onClose }: RevokeApiKeyDialogProps) {
  const revokeMutation = useRevokeApiKey();

  function changeOpen(open: boolean) {
    if (open) return;
    revokeMutation.reset();
    onClose();
  }

  return (
    <ConfirmDialog
      open={apiKey !== null}
      onOpenChange={changeOpen}
      title="Revoke API key"
      confirmLabel="Revoke"
      isPending={revokeMutation.isPending}
      error={revokeMutation.error}
      onConfirm={() => apiKey && revokeMutation.mutate(apiKey.id, { onSuccess: () => changeOpen(false) })}
    >
      Revoke <strong>{apiKey?.name}</strong> ({apiKey?.id})? Anything using it — CI jobs, runners — loses access immediately.
    </ConfirmDialog>
  );
}
