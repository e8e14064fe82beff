import { ApiKeysPanel } from '../../features/api-keys/components/api-keys-panel.tsx';
import { canMutate, useAuthedSession } from '../session-context.ts';

export function ApiKeysRoute() {
  const session = useAuthedSession();
  return (
    <div className="stack stack--lg">
      <header className="page-header">
        <div className="page-header__text">
          <p className="eyebrow">Account settings · {session.account.name}</p>
          <h1 className="page-title">API keys</h1>
          <p className="muted">Keys for CI and extension runners. Each key belongs to this account and carries a role.</p>
        </div>
      </header>
      <ApiKeysPanel canManage={canMutate(session)} />
    </div>
  );
}
