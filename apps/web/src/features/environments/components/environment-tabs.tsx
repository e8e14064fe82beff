import { ENVIRONMENT_TYPES, EnvironmentType, type Environment } from '@devops/contracts/environments';
import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { PageSpinner } from '../../../components/ui/spinner.tsx';
import { statusLabel, statusTone } from '../../../components/ui/status-badge.tsx';
import { Tabs, TabsContent, TabsList, TabsTrigger } from '../../../components/ui/tabs.tsx';
import { useEnvironments } from '../api/get-environments.ts';
import { EnvironmentSection } from './environment-section.tsx';

type EnvironmentTabsProps = {
  extensionId: string;
  canEdit: boolean;
  /** Sections of other features (e.g. Environment Variables), placed after this feature's own; composed by the route. */
  renderSections?: (environment: Environment, environmentLabel: string) => ReactNode;
};

/**
 * Development / Test / Production tabs, synced with `?env=`. Each tab is a vertical stack of
 * `<section>` cards in the guide's order: Environment, then the other features' sections from `renderSections`.
 */
export function EnvironmentTabs({ extensionId, canEdit, renderSections }: EnvironmentTabsProps) {
  const [searchParams, setSearchParams] = useSearchParams();
  const parsed = EnvironmentType.safeParse(searchParams.get('env'));
  const current = parsed.success ? parsed.data : 'development';
  const environments = useEnvironments(extensionId);

  function select(value: string) {
    setSearchParams(
      (params) => {
        const next = new URLSearchParams(params);
        next.set('env', value);
        return next;
      },
      { replace: true },
    );
  }

  return (
    <Tabs value={current} onValueChange={select}>
      <TabsList aria-label="Environments">
        {ENVIRONMENT_TYPES.map((env) => {
          const status = environments.data?.find((item) => item.type === env.type)?.status;
          return (
            <TabsTrigger key={env.type} value={env.type}>
              {env.label}
              {status ? <span className={`status-dot status-dot--${statusTone(status)}`} aria-hidden="true" title={statusLabel(status)} /> : null}
            </TabsTrigger>
          );
        })}
      </TabsList>
      {ENVIRONMENT_TYPES.map((env) => {
        const environment = environments.data?.find((item) => item.type === env.type);
        return (
          <TabsContent key={env.type} value={env.type}>
            <div className="stack">
              {environments.isPending ? <PageSpinner label="Loading environments" /> : null}
              {environments.data ? null : <ErrorAlert error={environments.error} title="Cannot load the environments" />}
              {environment ? (
                <EnvironmentSection extensionId={extensionId} environment={environment} environmentLabel={env.label} canEdit={canEdit} />
              ) : null}
              {environment && renderSections ? renderSections(environment, env.label) : null}
            </div>
          </TabsContent>
        );
      })}
    </Tabs>
  );
}
