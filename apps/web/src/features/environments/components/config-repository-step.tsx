import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { Checkbox, Field, Input } from '../../../components/ui/field.tsx';
import type { EnvironmentConfigValues } from '../lib/environment-config-form.ts';

type ConfigRepositoryStepProps = {
  register: UseFormRegister<EnvironmentConfigValues>;
  errors: FieldErrors<EnvironmentConfigValues>;
  requiresAuth: boolean;
  /** Stored credentials are kept when the password is left empty. */
  hasStoredAuth: boolean;
};

export function ConfigRepositoryStep({ register, errors, requiresAuth, hasStoredAuth }: ConfigRepositoryStepProps) {
  return (
    <div className="form">
      <Field label="Git Repository URL" hint="An https:// or ssh:// address, or git@host:path" error={errors.url?.message}>
        {(props) => <Input {...props} autoFocus spellCheck={false} placeholder="https://github.com/acme/extension.git" {...register('url')} />}
      </Field>
      <Checkbox label="Requires authorization" {...register('requires_auth')} />
      {requiresAuth ? (
        <>
          <Field label="Username" error={errors.username?.message}>
            {(props) => <Input {...props} autoComplete="off" {...register('username')} />}
          </Field>
          <Field
            label="Password"
            hint={hasStoredAuth ? 'Leave empty to keep the stored password.' : undefined}
            error={errors.password?.message}
          >
            {(props) => <Input {...props} type="password" autoComplete="new-password" {...register('password')} />}
          </Field>
        </>
      ) : null}
    </div>
  );
}
