import type { ApiKey } from '@devops/contracts/api-keys';
import { Trash2 } from 'lucide-react';
import { Button } from '../../../components/ui/button.tsx';
import { formatDateTime } from '../../../lib/format-date.ts';
import { ROLE_LABELS } from './role-label.ts';

type ApiKeysTableProps = { apiKeys: ApiKey[]; canManage: boolean; onRevoke: (apiKey: ApiKey) => void };

export function ApiKeysTable({ apiKeys, canManage, onRevoke }: ApiKeysTableProps) {
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">API keys</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">ID</th>
            <th scope="col">Role</th>
            <th scope="col">Environment limit</th>
            <th scope="col">Created</th>
            <th scope="col">Last used</th>
            {canManage ? (
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {apiKeys.map((apiKey) => (
            <tr key={apiKey.id}>
              <th scope="row" className="table__primary">
                {apiKey.name}
              </th>
              <td>
                <code className="mono">{apiKey.id}</code>
              </td>
              <td>{ROLE_LABELS[apiKey.role] ?? apiKey.role}</td>
              <td>{apiKey.environment_id ? <code className="mono">{apiKey.environment_id}</code> : <span className="muted">Any</span>}</td>
              <td>
                {formatDateTime(apiKey.created.at)}
                {apiKey.created.by ? <span className="muted block">by {apiKey.created.by.name}</span> : null}
              </td>
              <td>{formatDateTime(apiKey.last_used_at, 'Never')}</td>
              {canManage ? (
                <td className="table__actions">
                  <Button
                    size="sm"
                    variant="ghost"
                    icon={<Trash2 size={16} aria-hidden="true" />}
                    aria-label={`Revoke ${apiKey.name}`}
                    onClick={() => onRevoke(apiKey)}
                  >
                    Revoke
                  </Button>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
