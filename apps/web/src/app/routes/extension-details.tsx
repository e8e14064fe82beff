import { ChevronLeft, SearchX } from 'lucide-react';
import { Link, useNavigate, useParams } from 'react-router';
import { EmptyState } from '../../components/ui/empty-state.tsx';
import { ErrorAlert } from '../../components/ui/error-alert.tsx';
import { PageSpinner } from '../../components/ui/spinner.tsx';
import { useToast } from '../../components/ui/toast.tsx';
import { paths } from '../../config/paths.ts';
import { EnvironmentTabs } from '../../features/environments/components/environment-tabs.tsx';
import { useExtension } from '../../features/extensions/api/get-extension.ts';
import { ExtensionHeader } from '../../features/extensions/components/extension-header.tsx';
import { CustomApiSection } from '../../features/runner/components/custom-api-section.tsx';
import { ExtensionFeaturesSection } from '../../features/runner/components/extension-features-section.tsx';
import { LocalAccessSection } from '../../features/runner/components/local-access-section.tsx';
import { PermissionsSection } from '../../features/runner/components/permissions-section.tsx';
import { SubscribedEventsSection } from '../../features/runner/components/subscribed-events-section.tsx';
import { UiComponentsSection } from '../../features/runner/components/ui-components-section.tsx';
import { VariablesSection } from '../../features/variables/components/variables-section.tsx';
import { ApiError } from '../../lib/api-client.ts';
import { canMutate, useAuthedSession } from '../session-context.ts';

export function ExtensionDetailsRoute() {
  const { extensionId = '' } = useParams();
  const session = useAuthedSession();
  const navigate = useNavigate();
  const toast = useToast();
  const extension = useExtension(extensionId);
  const canEdit = canMutate(session);

  const backLink = (
    <Link to={paths.extensions()} className="back-link">
      <ChevronLeft size={16} aria-hidden="true" />
      Extensions
    </Link>
  );

  if (extension.isPending) return <PageSpinner label="Loading the extension" />;
  if (!extension.data) {
    const notFound = extension.error instanceof ApiError && extension.error.status === 404;
    return (
      <div className="stack">
        {backLink}
        {notFound ? (
          <EmptyState icon={<SearchX size={32} />} title="Extension not found">
            There is no extension {extensionId} in this account.
          </EmptyState>
        ) : (
          <ErrorAlert error={extension.error} title="Cannot load the extension" />
        )}
      </div>
    );
  }

  function onDeleted() {
    toast({ title: 'Extension deleted', description: extension.data?.name, tone: 'success' });
    navigate(paths.extensions(), { replace: true });
  }

  return (
    <div className="stack stack--lg">
      {backLink}
      <ExtensionHeader extension={extension.data} canEdit={canEdit} onDeleted={onDeleted} />
      <EnvironmentTabs
        extensionId={extension.data.id}
        canEdit={canEdit}
        // The guide's order after Environment; sections that do not exist yet are left out.
        renderSections={(environment, environmentLabel) => (
          <>
            {environment.runtime === 'local' ? <LocalAccessSection environmentId={environment.id} canEdit={canEdit} /> : null}
            <VariablesSection
              extensionId={extension.data.id}
              environmentId={environment.id}
              environmentLabel={environmentLabel}
              canEdit={canEdit}
            />
            <PermissionsSection environment={environment} environmentLabel={environmentLabel} />
            <UiComponentsSection environment={environment} environmentLabel={environmentLabel} />
            <SubscribedEventsSection extensionId={extension.data.id} environment={environment} environmentLabel={environmentLabel} />
            <ExtensionFeaturesSection extensionId={extension.data.id} environment={environment} />
            <CustomApiSection extensionId={extension.data.id} environment={environment} environmentLabel={environmentLabel} />
          </>
        )}
      />
    </div>
  );
}
