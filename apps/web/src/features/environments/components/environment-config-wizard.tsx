import { MODE_SWITCHABLE_STATUSES, type Environment } from '@devops/contracts/environments';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Button } from '../../../components/ui/button.tsx';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { WizardSteps } from '../../../components/ui/wizard-steps.tsx';
import { useUpdateEnvironment } from '../api/update-environment.ts';
import {
  STEP_FIELDS,
  STEP_LABELS,
  environmentConfigSchema,
  initialConfigValues,
  stepsFor,
  toUpdateRequest,
  type EnvironmentConfigValues,
  type WizardStep,
} from '../lib/environment-config-form.ts';
import { ConfigModeStep } from './config-mode-step.tsx';
import { ConfigRepositoryStep } from './config-repository-step.tsx';
import { ConfigSummary } from './config-summary.tsx';
import { ConfigTagStep } from './config-tag-step.tsx';

type EnvironmentConfigWizardProps = { extensionId: string; environment: Environment; onClose: () => void };

/** Mode → (Cloud: Repository → Tag) → save → Summary, as in the guide's wizard. */
export function EnvironmentConfigWizard({ extensionId, environment, onClose }: EnvironmentConfigWizardProps) {
  const [step, setStep] = useState<WizardStep>('mode');
  const [saved, setSaved] = useState<Environment | null>(null);
  const updateMutation = useUpdateEnvironment();
  const { register, handleSubmit, trigger, watch, formState } = useForm<EnvironmentConfigValues>({
    resolver: zodResolver(environmentConfigSchema),
    defaultValues: initialConfigValues(environment),
  });
  const runtime = watch('runtime');
  const steps = stepsFor(runtime);
  const index = steps.indexOf(step);
  const isLastInput = steps[index + 1] === 'summary';

  async function next() {
    if (await trigger(STEP_FIELDS[step])) setStep(steps[index + 1] ?? 'summary');
  }

  const save = handleSubmit((values) =>
    updateMutation.mutate(
      { extensionId, environmentId: environment.id, body: toUpdateRequest(values, environment) },
      {
        onSuccess: (result) => {
          setSaved(result);
          setStep('summary');
        },
      },
    ),
  );

  return (
    <form
      className="stack"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (isLastInput) void save(event);
        else void next();
      }}
    >
      <WizardSteps steps={steps.map((id) => ({ id, label: STEP_LABELS[id] }))} current={step} />
      {step !== 'summary' ? <ErrorAlert error={updateMutation.error} title="The configuration was not saved" /> : null}
      {step === 'mode' ? (
        <ConfigModeStep registration={register('runtime')} canSwitch={MODE_SWITCHABLE_STATUSES.includes(environment.status)} />
      ) : null}
      {step === 'repository' ? (
        <ConfigRepositoryStep
          register={register}
          errors={formState.errors}
          requiresAuth={watch('requires_auth')}
          hasStoredAuth={Boolean(environment.git?.auth)}
        />
      ) : null}
      {step === 'tag' ? <ConfigTagStep register={register} errors={formState.errors} /> : null}
      {step === 'summary' && saved ? <ConfigSummary environment={saved} /> : null}
      <footer className="dialog__footer dialog__footer--flush">
        {step === 'summary' ? (
          <Button variant="primary" onClick={onClose}>
            Close
          </Button>
        ) : (
          <>
            <Button variant="secondary" onClick={onClose} disabled={updateMutation.isPending}>
              Cancel
            </Button>
            {index > 0 ? (
              <Button variant="secondary" onClick={() => setStep(steps[index - 1] ?? 'mode')} disabled={updateMutation.isPending}>
                Back
              </Button>
            ) : null}
            <Button type="submit" variant="primary" isLoading={updateMutation.isPending}>
              {isLastInput ? 'Save' : 'Next'}
            </Button>
          </>
        )}
      </footer>
    </form>
  );
}
