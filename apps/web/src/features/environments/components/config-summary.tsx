import type { Environment } from '@devops/contracts/environments';
import { DescriptionList, type DescriptionItem } from '../../../components/ui/description-list.tsx';
import { StatusBadge } from '../../../components/ui/status-badge.tsx';

/** What the environment is configured with now, as the server answered. */
export function ConfigSummary({ environment }: { environment: Environment }) {
  const items: DescriptionItem[] = [
    { term: 'Mode', value: environment.runtime === 'cloud' ? 'Cloud' : 'Local' },
    { term: 'Status', value: <StatusBadge status={environment.status} /> },
  ];
  if (environment.runtime === 'cloud' && environment.git) {
    items.push(
      { term: 'Git repository', value: <span className="mono break">{environment.git.url}</span> },
      { term: 'Authorization', value: environment.git.auth?.username ? `As ${environment.git.auth.username}` : 'None' },
      { term: 'Tag', value: <span className="mono">{environment.git.tag ?? '—'}</span> },
    );
  }
  return (
    <div className="stack">
      <p className="alert alert--success" role="status">
        The environment configuration was saved.
      </p>
      <DescriptionList items={items} />
    </div>
  );
}
