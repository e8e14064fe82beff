import { Play } from 'lucide-react';
import { useState } from 'react';
import { Badge, type BadgeTone } from '../../../components/ui/badge.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { CopyButton } from '../../../components/ui/copy-button.tsx';
import { customApiEndpoint, type CustomApiMethod } from '../lib/custom-api-methods.ts';
import { TryCustomApiDialog } from './try-custom-api-dialog.tsx';

const METHOD_TONES: Record<string, BadgeTone> = { GET: 'info', POST: 'success', PUT: 'warning', PATCH: 'warning', DELETE: 'danger' };

type CustomApiMethodsTableProps = { methods: CustomApiMethod[]; extensionId: string; environmentId: string; environmentLabel: string };

/** One row per method: what it does, its full endpoint to copy, and "Try it". */
export function CustomApiMethodsTable({ methods, extensionId, environmentId, environmentLabel }: CustomApiMethodsTableProps) {
  const [trying, setTrying] = useState<CustomApiMethod | null>(null);

  return (
    <>
      <div className="table-wrap">
        <table className="table table--compact">
          <caption className="visually-hidden">{environmentLabel} custom API methods</caption>
          <thead>
            <tr>
              <th scope="col">Method</th>
              <th scope="col">Description</th>
              <th scope="col">Endpoint</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {methods.map((method) => {
              const endpoint = customApiEndpoint(window.location.origin, extensionId, environmentId, method.path);
              const name = `${method.method} ${method.path}`;
              return (
                <tr key={method.id}>
                  <th scope="row" className="table__primary">
                    <span className="api-method">
                      <Badge tone={METHOD_TONES[method.method] ?? 'neutral'}>{method.method}</Badge>
                      <span className="mono break">{method.path}</span>
                    </span>
                  </th>
                  <td>
                    {method.summary ?? (method.description ? null : <span className="muted">—</span>)}
                    {method.description ? <span className="block muted">{method.description}</span> : null}
                  </td>
                  <td>
                    <span className="id-chip">
                      <span className="mono break">{endpoint}</span>
                      <CopyButton value={endpoint} label={`Copy the endpoint of ${name}`} />
                    </span>
                  </td>
                  <td className="table__actions">
                    <Button size="sm" icon={<Play size={16} aria-hidden="true" />} title={`Try ${name}`} onClick={() => setTrying(method)}>
                      Try it
                    </Button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <TryCustomApiDialog
        method={trying}
        onClose={() => setTrying(null)}
        extensionId={extensionId}
        environmentId={environmentId}
        environmentLabel={environmentLabel}
      />
    </>
  );
}
