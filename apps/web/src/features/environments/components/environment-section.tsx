import type { Environment } from '@devops/contracts/environments';
import { ExternalLink } from 'lucide-react';
import { Badge } from '../../../components/ui/badge.tsx';
import { DescriptionList, type DescriptionItem } from '../../../components/ui/description-list.tsx';
import { SectionCard } from '../../../components/ui/section-card.tsx';
import { StatusBadge } from '../../../components/ui/status-badge.tsx';
import { EnvironmentActions } from './environment-actions.tsx';
import { EnvironmentInstances } from './environment-instances.tsx';

type EnvironmentSectionProps = { extensionId: string; environment: Environment; environmentLabel: string; canEdit: boolean };

function DocLink({ href, children }: { href: string | null; children: string }) {
  if (!href) return null;
  return (
    <a href={href} target="_blank" rel="noreferrer" className="link">
      {children} <ExternalLink size={14} aria-hidden="true" />
    </a>
  );
}

/** The guide's "Environment" section: mode, status, Start/Stop/Edit, the Cloud deployment, runner instances and docs. */
export function EnvironmentSection({ extensionId, environment, environmentLabel, canEdit }: EnvironmentSectionProps) {
  const isCloud = environment.runtime === 'cloud';
  const items: DescriptionItem[] = [
    { term: 'Mode', value: isCloud ? 'Cloud' : 'Local' },
    { term: 'Status', value: <StatusBadge status={environment.status} /> },
  ];
  if (environment.configuration_changed) {
    items.push({
      term: 'Configuration',
      value: (
        <span className="note">
          <Badge tone="warning">Configuration changed</Badge>
          <span className="field__hint">Variables changed while a runner was connected.</span>
        </span>
      ),
    });
  }
  if (isCloud) {
    items.push(
      { term: 'Git repository', value: environment.git ? <span className="mono break">{environment.git.url}</span> : 'Not configured' },
      { term: 'Tag', value: <span className="mono">{environment.git?.tag ?? '—'}</span> },
    );
    if (environment.git?.commit) items.push({ term: 'Commit', value: <span className="mono">{environment.git.commit.slice(0, 12)}</span> });
  }
  // The runner's declared repository links, whichever mode it runs in.
  if (environment.readme_url || environment.changelog_url) {
    items.push({
      term: 'Documentation',
      value: (
        <span className="inline-list">
          <DocLink href={environment.readme_url}>Readme</DocLink>
          <DocLink href={environment.changelog_url}>Changelog</DocLink>
        </span>
      ),
    });
  }
  if (isCloud && environment.instances.length === 0) items.push({ term: 'Instances', value: <span className="muted">None</span> });

  return (
    <SectionCard
      title="Environment"
      actions={
        canEdit ? <EnvironmentActions extensionId={extensionId} environment={environment} environmentLabel={environmentLabel} /> : null
      }
    >
      <div className="stack">
        <DescriptionList items={items} />
        {environment.instances.length > 0 ? (
          <EnvironmentInstances instances={environment.instances} environmentLabel={environmentLabel} />
        ) : null}
      </div>
    </SectionCard>
  );
}
