import { LoginRequest } from '@devops/contracts/auth';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { Button } from '../../../components/ui/button.tsx';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { Field, Input } from '../../../components/ui/field.tsx';
import { useLogin } from '../api/login.ts';

type LoginFormProps = { onSuccess: () => void };

export function LoginForm({ onSuccess }: LoginFormProps) {
  const loginMutation = useLogin();
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm({ resolver: zodResolver(LoginRequest), defaultValues: { email: '', password: '' } });

  const onSubmit = handleSubmit((values) => loginMutation.mutate(values, { onSuccess }));

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-label="Sign in">
      <ErrorAlert error={loginMutation.error} />
      <Field label="Email" error={errors.email?.message}>
        {(control) => <Input {...control} type="email" autoComplete="username" autoFocus {...register('email')} />}
      </Field>
      <Field label="Password" error={errors.password?.message}>
        {(control) => <Input {...control} type="password" autoComplete="current-password" {...register('password')} />}
      </Field>
      <Button type="submit" variant="primary" isLoading={loginMutation.isPending} className="btn--block">
        Sign in
      </Button>
    </form>
  );
}
