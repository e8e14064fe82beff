import { ENVIRONMENT_TYPES } from '@devops/contracts/environments';
import { EXTENSION_TYPE_LABELS, type Extension } from '@devops/contracts/extensions';
import { Link } from 'react-router';
import { StatusBadge } from '../../../components/ui/status-badge.tsx';
import { paths } from '../../../config/paths.ts';
import { ExtensionIcon } from './extension-icon.tsx';

type ExtensionsTableProps = { extensions: Extension[]; busy?: boolean };

/** Extensions with their type and the status of each environment. */
export function ExtensionsTable({ extensions, busy = false }: ExtensionsTableProps) {
  return (
    <div className="table-wrap">
      <table className="table" aria-busy={busy || undefined}>
        <caption className="visually-hidden">Extensions</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Type</th>
            <th scope="col">ID</th>
            {ENVIRONMENT_TYPES.map((env) => (
              <th scope="col" key={env.type}>
                {env.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {extensions.map((extension) => (
            <tr key={extension.id}>
              <th scope="row" className="table__primary">
                <Link to={paths.extension(extension.id)} className="table__name-link">
                  <ExtensionIcon src={extension.icon} name={extension.name} size="sm" />
                  <span>{extension.name}</span>
                </Link>
              </th>
              <td>{EXTENSION_TYPE_LABELS[extension.type] ?? extension.type}</td>
              <td>
                <code className="mono">{extension.id}</code>
              </td>
              {ENVIRONMENT_TYPES.map((env) => {
                const environment = extension.environments[env.type];
                return (
                  <td key={env.type}>
                    {environment ? <StatusBadge status={environment.status} context={env.label} /> : '—'}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
