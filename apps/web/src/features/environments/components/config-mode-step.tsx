import type { UseFormRegisterReturn } from 'react-hook-form';
import { RadioCard } from '../../../components/ui/radio-card.tsx';

type ConfigModeStepProps = { registration: UseFormRegisterReturn<'runtime'>; canSwitch: boolean };

export function ConfigModeStep({ registration, canSwitch }: ConfigModeStepProps) {
  return (
    <fieldset className="fieldset">
      <legend className="label">Mode</legend>
      <div className="radio-cards radio-cards--two">
        <RadioCard
          value="cloud"
          label="Cloud"
          description="Deploy the extension on the platform's infrastructure from a Git repository and tag."
          {...registration}
        />
        <RadioCard
          value="local"
          label="Local"
          description="Run the extension on your own infrastructure with the extension runner."
          {...registration}
        />
      </div>
      {!canSwitch ? (
        <p className="field__hint">
          The mode can be switched only while the environment is stopped, uninitialized or disconnected.
        </p>
      ) : null}
    </fieldset>
  );
}
