import type { Environment, RunnerDeclaration } from '@devops/contracts/environments';
import { useState } from 'react';
import { Checkbox } from '../../../components/ui/field.tsx';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { SectionCard } from '../../../components/ui/section-card.tsx';
import { PageSpinner } from '../../../components/ui/spinner.tsx';
import { useEventSubscriptions } from '../api/get-event-subscriptions.ts';
import { arrangeEventCapabilities } from '../lib/subscribed-events.ts';
import { NoRunnerState } from './no-runner-state.tsx';
import { SubscribedEventsTable } from './subscribed-events-table.tsx';

type SubscribedEventsProps = { extensionId: string; environmentId: string; environmentLabel: string; runner: RunnerDeclaration };

function SubscribedEvents({ extensionId, environmentId, environmentLabel, runner }: SubscribedEventsProps) {
  const [handledOnly, setHandledOnly] = useState(false);
  // The polled environment tells when a runner declared other subscriptions: they are fetched again then.
  const declaration = JSON.stringify(runner.event_subscriptions);
  const subscriptions = useEventSubscriptions(extensionId, environmentId, declaration);
  const capabilities = subscriptions.data?.capabilities ?? [];
  const handledCount = capabilities.filter((capability) => capability.enabled).length;
  const rows = arrangeEventCapabilities(capabilities, handledOnly);

  return (
    <div className="stack">
      {subscriptions.isPending ? <PageSpinner label="Loading the subscribed events" /> : null}
      <ErrorAlert error={subscriptions.error} title="Cannot load the subscribed events" />
      {subscriptions.data ? (
        <>
          <div className="toolbar toolbar--wrap">
            <Checkbox label="Handled only" checked={handledOnly} onChange={(event) => setHandledOnly(event.currentTarget.checked)} />
            <span className="toolbar__end muted" aria-live="polite">
              {handledCount} of {capabilities.length} event types handled
            </span>
          </div>
          {rows.length ? (
            <SubscribedEventsTable
              capabilities={rows}
              environmentLabel={environmentLabel}
              busy={subscriptions.isFetching && subscriptions.isPlaceholderData}
            />
          ) : (
            <p className="muted">The extension handles no platform events.</p>
          )}
        </>
      ) : null}
    </div>
  );
}

type SubscribedEventsSectionProps = { extensionId: string; environment: Environment; environmentLabel: string };

/** The guide's "Subscribed System Events" section: every platform event type and whether the extension handles it. */
export function SubscribedEventsSection({ extensionId, environment, environmentLabel }: SubscribedEventsSectionProps) {
  return (
    <SectionCard title="Subscribed System Events">
      {environment.runner ? (
        <SubscribedEvents
          extensionId={extensionId}
          environmentId={environment.id}
          environmentLabel={environmentLabel}
          runner={environment.runner}
        />
      ) : (
        <NoRunnerState runtime={environment.runtime} />
      )}
    </SectionCard>
  );
}
