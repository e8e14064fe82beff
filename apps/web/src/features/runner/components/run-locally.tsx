import type { CreatedApiKey } from '@devops/contracts/api-keys';
import { KeyRound, TriangleAlert } from 'lucide-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { Button } from '../../../components/ui/button.tsx';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { paths } from '../../../config/paths.ts';
import { runnerKeyName, useCreateRunnerApiKey } from '../api/create-runner-api-key.ts';
import { runnerCommand } from '../lib/runner-command.ts';
import { RunnerCommandBlock } from './runner-command-block.tsx';

type RunLocallyProps = { environmentId: string; canEdit: boolean };

/**
 * The runner command with a placeholder key; members who may create keys get a runner key for this
 * environment filled in. The key lives in this component's state only: it is shown once, until "Done"
 * or leaving the tab.
 */
export function RunLocally({ environmentId, canEdit }: RunLocallyProps) {
  const [created, setCreated] = useState<CreatedApiKey | null>(null);
  const createKey = useCreateRunnerApiKey();
  const server = window.location.origin;

  if (created) {
    return (
      <div className="stack">
        <div className="alert alert--warning" role="status">
          <TriangleAlert size={18} aria-hidden="true" className="alert__icon" />
          <div>
            <p className="alert__title">Copy this command now — the API key in it won't be shown again.</p>
            <p>
              The key “{created.name}” may only run {environmentId}. Revoke it in{' '}
              <Link to={paths.apiKeys()} className="link">
                API keys
              </Link>{' '}
              when you no longer need it.
            </p>
          </div>
        </div>
        <RunnerCommandBlock
          caption="Runner command with your new API key"
          command={runnerCommand({ environmentId, server, apiKey: created.key })}
        />
        <div>
          <Button
            size="sm"
            onClick={() => {
              setCreated(null);
              createKey.reset();
            }}
          >
            Done
          </Button>
        </div>
      </div>
    );
  }

  return (
    <div className="stack">
      <RunnerCommandBlock caption="Runner command" command={runnerCommand({ environmentId, server })} />
      {canEdit ? (
        <>
          <p className="field__hint">
            Replace the placeholder with a key that may only run this environment, named “{runnerKeyName(environmentId)}”.
          </p>
          <ErrorAlert error={createKey.error} title="The API key was not created" />
          <div>
            <Button
              size="sm"
              variant="primary"
              icon={<KeyRound size={16} aria-hidden="true" />}
              isLoading={createKey.isPending}
              onClick={() => createKey.mutate(environmentId, { onSuccess: setCreated })}
            >
              Create API key for this environment
            </Button>
          </div>
        </>
      ) : (
        <p className="field__hint">
          Replace the placeholder with an API key for this environment; a developer or an administrator can create one.
        </p>
      )}
    </div>
  );
}
