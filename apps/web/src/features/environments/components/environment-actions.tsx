import type { Environment, EnvironmentStatus } from '@devops/contracts/environments';
import { Pencil, Play, Square } from 'lucide-react';
import { useState } from 'react';
import { Button } from '../../../components/ui/button.tsx';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { useToast } from '../../../components/ui/toast.tsx';
import { errorMessages } from '../../../lib/api-client.ts';
import { useStartEnvironment } from '../api/start-environment.ts';
import { useStopEnvironment } from '../api/stop-environment.ts';
import { EnvironmentConfigDialog } from './environment-config-dialog.tsx';

const STARTABLE: readonly EnvironmentStatus[] = ['stopped', 'errored'];
const NOT_STOPPABLE: readonly EnvironmentStatus[] = ['stopped', 'stopping'];

/** Start is offered to a stopped (or failed, or never deployed cloud) environment; Stop to any other. */
function availableActions(environment: Environment) {
  const neverDeployedCloud = environment.runtime === 'cloud' && environment.status === 'uninitialized';
  return {
    canStart: STARTABLE.includes(environment.status) || neverDeployedCloud,
    canStop: !NOT_STOPPABLE.includes(environment.status) && !neverDeployedCloud,
  };
}

type EnvironmentActionsProps = { extensionId: string; environment: Environment; environmentLabel: string };

export function EnvironmentActions({ extensionId, environment, environmentLabel }: EnvironmentActionsProps) {
  const [confirmStop, setConfirmStop] = useState(false);
  const [configuring, setConfiguring] = useState(false);
  const startMutation = useStartEnvironment();
  const stopMutation = useStopEnvironment();
  const toast = useToast();
  const { canStart, canStop } = availableActions(environment);
  const input = { extensionId, environmentId: environment.id };

  function start() {
    startMutation.mutate(input, {
      onSuccess: () => toast({ title: `${environmentLabel} environment started`, tone: 'success' }),
      onError: (error) =>
        toast({ title: `Cannot start the ${environmentLabel} environment`, description: errorMessages(error).join(' '), tone: 'danger' }),
    });
  }

  function changeStopOpen(open: boolean) {
    if (!open) stopMutation.reset();
    setConfirmStop(open);
  }

  return (
    <>
      <Button
        size="sm"
        icon={<Play size={16} aria-hidden="true" />}
        disabled={!canStart}
        isLoading={startMutation.isPending}
        onClick={start}
      >
        Start
      </Button>
      <Button size="sm" icon={<Square size={16} aria-hidden="true" />} disabled={!canStop} onClick={() => setConfirmStop(true)}>
        Stop
      </Button>
      <Button size="sm" icon={<Pencil size={16} aria-hidden="true" />} onClick={() => setConfiguring(true)}>
        Edit
      </Button>
      <ConfirmDialog
        open={confirmStop}
        onOpenChange={changeStopOpen}
        title={`Stop the ${environmentLabel} environment?`}
        confirmLabel="Stop"
        isPending={stopMutation.isPending}
        error={stopMutation.error}
        onConfirm={() => stopMutation.mutate(input, { onSuccess: () => setConfirmStop(false) })}
      >
        Its runners are told to shut down, new connections are refused and no tasks are dispatched until you start it again.
      </ConfirmDialog>
      <EnvironmentConfigDialog
        open={configuring}
        onOpenChange={setConfiguring}
        extensionId={extensionId}
        environment={environment}
        environmentLabel={environmentLabel}
      />
    </>
  );
}
