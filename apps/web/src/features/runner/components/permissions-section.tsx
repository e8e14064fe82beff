import type { Environment } from '@devops/contracts/environments';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { SectionCard } from '../../../components/ui/section-card.tsx';
import { listConnectApiPermissions } from '../lib/connect-api-permissions.ts';
import { NoRunnerState } from './no-runner-state.tsx';

type PermissionsSectionProps = { environment: Environment; environmentLabel: string };

/** The guide's "Permissions" section: the Connect API paths the runner declared it calls. */
export function PermissionsSection({ environment, environmentLabel }: PermissionsSectionProps) {
  const runner = environment.runner;
  const permissions = listConnectApiPermissions(runner?.proxied_connect_api);
  const hasAccess = permissions.some((permission) => permission.access);

  return (
    <SectionCard title="Permissions">
      {!runner ? <NoRunnerState runtime={environment.runtime} /> : null}
      {runner && permissions.length === 0 ? (
        <EmptyState title="The extension does not use the Connect API" headingLevel={3} compact>
          Its runner declared no Connect API paths.
        </EmptyState>
      ) : null}
      {permissions.length > 0 ? (
        <div className="stack">
          <p className="muted">The Connect API paths the extension calls through its runner.</p>
          <div className="table-wrap">
            <table className="table table--compact">
              <caption className="visually-hidden">{environmentLabel} Connect API permissions</caption>
              <thead>
                <tr>
                  <th scope="col">Path</th>
                  {hasAccess ? <th scope="col">Access</th> : null}
                </tr>
              </thead>
              <tbody>
                {permissions.map((permission, index) => (
                  <tr key={`${permission.path}-${index}`}>
                    <td className="mono break">{permission.path}</td>
                    {hasAccess ? <td>{permission.access ?? <span className="muted">—</span>}</td> : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      ) : null}
    </SectionCard>
  );
}
