import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { Field, Input } from '../../../components/ui/field.tsx';
import type { EnvironmentConfigValues } from '../lib/environment-config-form.ts';

type ConfigTagStepProps = { register: UseFormRegister<EnvironmentConfigValues>; errors: FieldErrors<EnvironmentConfigValues> };

export function ConfigTagStep({ register, errors }: ConfigTagStepProps) {
  return (
    <div className="form">
      <Field label="Tag" hint="The repository tag to deploy, e.g. v1.0.0" error={errors.tag?.message}>
        {(props) => <Input {...props} autoFocus spellCheck={false} placeholder="v1.0.0" {...register('tag')} />}
      </Field>
    </div>
  );
}
