import { CreateApiKeyRequest, type CreatedApiKey } from '@devops/contracts/api-keys';
import { Role } from '@devops/contracts/common';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { Field, Input, Select } from '../../../components/ui/field.tsx';
import { useCreateApiKey } from '../api/create-api-key.ts';
import { ROLE_LABELS } from './role-label.ts';

type FormValues = z.input<typeof CreateApiKeyRequest>;

type CreateApiKeyFormProps = { formId: string; onCreated: (apiKey: CreatedApiKey) => void; onPendingChange: (pending: boolean) => void };

export function CreateApiKeyForm({ formId, onCreated, onPendingChange }: CreateApiKeyFormProps) {
  const createMutation = useCreateApiKey();
  const { register, handleSubmit, formState } = useForm<FormValues, unknown, CreateApiKeyRequest>({
    resolver: zodResolver(CreateApiKeyRequest),
    defaultValues: { name: '', role: 'developer', environment_id: undefined },
  });

  useEffect(() => onPendingChange(createMutation.isPending), [createMutation.isPending, onPendingChange]);

  const onSubmit = handleSubmit((values) => createMutation.mutate(values, { onSuccess: onCreated }));

  return (
    <form id={formId} className="form" onSubmit={onSubmit} noValidate>
      <ErrorAlert error={createMutation.error} title="The key was not created" />
      <Field label="Name" hint="What uses this key, e.g. “CI pipeline”" error={formState.errors.name?.message}>
        {(props) => <Input {...props} autoFocus {...register('name')} />}
      </Field>
      <Field label="Role" error={formState.errors.role?.message}>
        {(props) => (
          <Select {...props} {...register('role')}>
            {Role.options.map((role) => (
              <option key={role} value={role}>
                {ROLE_LABELS[role]}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field
        label="Limit to environment"
        optional
        hint="An environment ID such as ENV-1234-5678-01 makes this a runner key for that environment only."
        error={formState.errors.environment_id?.message}
      >
        {(props) => (
          <Input
            {...props}
            spellCheck={false}
            placeholder="ENV-1234-5678-01"
            {...register('environment_id', { setValueAs: (value: string) => (value?.trim() ? value.trim() : undefined) })}
          />
        )}
      </Field>
    </form>
  );
}
