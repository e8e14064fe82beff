import type { Runtime } from '@devops/contracts/environments';
import { EmptyState } from '../../../components/ui/empty-state.tsx';

/** What the sections that show a runner's declaration say before any runner connected to the environment. */
export function NoRunnerState({ runtime }: { runtime: Runtime }) {
  return (
    <EmptyState title="No runner has connected yet" headingLevel={3} compact>
      {runtime === 'local'
        ? 'Run the extension locally (see Local Access); what its runner declares appears here.'
        : 'What the extension declares appears here once it is deployed and its runner connects.'}
    </EmptyState>
  );
}
