import type { ApiKey } from '@devops/contracts/api-keys';
import { KeyRound, Plus } from 'lucide-react';
import { useState } from 'react';
import { Button } from '../../../components/ui/button.tsx';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { PageSpinner } from '../../../components/ui/spinner.tsx';
import { useApiKeys } from '../api/get-api-keys.ts';
import { ApiKeysTable } from './api-keys-table.tsx';
import { CreateApiKeyDialog } from './create-api-key-dialog.tsx';
import { RevokeApiKeyDialog } from './revoke-api-key-dialog.tsx';

/** The account's API keys: list, create (secret shown once), revoke. Viewers only see the list. */
export function ApiKeysPanel({ canManage }: { canManage: boolean }) {
  const apiKeys = useApiKeys();
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<ApiKey | null>(null);

  const createButton = canManage ? (
    <Button variant="primary" icon={<Plus size={16} aria-hidden="true" />} onClick={() => setCreating(true)}>
      Create API key
    </Button>
  ) : null;

  return (
    <div className="stack">
      <div className="toolbar toolbar--end">{apiKeys.data?.length ? createButton : null}</div>
      {apiKeys.isPending ? <PageSpinner label="Loading API keys" /> : null}
      <ErrorAlert error={apiKeys.error} title="Cannot load API keys" />
      {apiKeys.data?.length === 0 ? (
        <EmptyState icon={<KeyRound size={32} />} title="No API keys yet" action={createButton}>
          API keys let CI pipelines and extension runners call the API on behalf of this account.
        </EmptyState>
      ) : null}
      {apiKeys.data?.length ? <ApiKeysTable apiKeys={apiKeys.data} canManage={canManage} onRevoke={setRevoking} /> : null}
      <CreateApiKeyDialog open={creating} onOpenChange={setCreating} />
      <RevokeApiKeyDialog apiKey={revoking} onClose={() => setRevoking(null)} />
    </div>
  );
}
