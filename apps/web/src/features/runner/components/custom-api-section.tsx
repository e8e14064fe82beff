import type { Environment } from '@devops/contracts/environments';
import { CopyButton } from '../../../components/ui/copy-button.tsx';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { SectionCard } from '../../../components/ui/section-card.tsx';
import { PageSpinner } from '../../../components/ui/spinner.tsx';
import { isRunnerReady, isRunnerUnavailable, useCustomApiMethods } from '../api/get-custom-api-spec.ts';
import { customApiRoot } from '../lib/custom-api-methods.ts';
import { CustomApiMethodsTable } from './custom-api-methods-table.tsx';

type CustomApiSectionProps = { extensionId: string; environment: Environment; environmentLabel: string };

/**
 * The guide's "Custom API Methods" section: the methods the connected runner describes (its OpenAPI document),
 * each with the endpoint to call it at and a "Try it" dialog.
 */
export function CustomApiSection({ extensionId, environment, environmentLabel }: CustomApiSectionProps) {
  const methods = useCustomApiMethods(extensionId, environment);
  const isUnavailable = !isRunnerReady(environment) || isRunnerUnavailable(methods.error);
  const root = `${window.location.origin}${customApiRoot(extensionId, environment.id)}`;

  return (
    <SectionCard title="Custom API Methods">
      {isUnavailable ? (
        <EmptyState title="No runner is connected — start one to see its API" headingLevel={3} compact>
          {environment.runtime === 'local'
            ? 'Run the extension locally (see Local Access); the methods its runner serves appear here.'
            : 'The methods the extension serves appear here once it is deployed and its runner connects.'}
        </EmptyState>
      ) : (
        <div className="stack">
          {methods.isPending ? <PageSpinner label="Loading the custom API methods" /> : null}
          <ErrorAlert error={methods.error} title="Cannot load the custom API methods" />
          {methods.data?.length === 0 ? (
            <EmptyState title="The extension exposes no custom API methods" headingLevel={3} compact>
              The API description its runner serves lists no methods.
            </EmptyState>
          ) : null}
          {methods.data?.length ? (
            <>
              <p className="muted">
                Callers reach these methods at the environment's endpoint, with their session or an API key of the account:{' '}
                <span className="id-chip">
                  <span className="mono break">{root}</span>
                  <CopyButton value={root} label="Copy the custom API endpoint" />
                </span>
              </p>
              <CustomApiMethodsTable
                methods={methods.data}
                extensionId={extensionId}
                environmentId={environment.id}
                environmentLabel={environmentLabel}
              />
            </>
          ) : null}
        </div>
      )}
    </SectionCard>
  );
}
