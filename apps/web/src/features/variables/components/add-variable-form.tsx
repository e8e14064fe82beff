import { CreateVariableRequest, type Variable } from '@devops/contracts/variables';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { Checkbox, Field, Input, Textarea } from '../../../components/ui/field.tsx';
import { useCreateVariable } from '../api/create-variable.ts';
import { isNameConflict, SECURED_HINT } from './variable-form-text.ts';

type FormValues = z.input<typeof CreateVariableRequest>;

type AddVariableFormProps = {
  formId: string;
  extensionId: string;
  environmentId: string;
  onSaved: (variable: Variable) => void;
  onPendingChange: (pending: boolean) => void;
};

export function AddVariableForm({ formId, extensionId, environmentId, onSaved, onPendingChange }: AddVariableFormProps) {
  const createMutation = useCreateVariable();
  const { register, handleSubmit, setError, formState } = useForm<FormValues, unknown, CreateVariableRequest>({
    resolver: zodResolver(CreateVariableRequest),
    defaultValues: { name: '', value: '', secure: false },
  });

  useEffect(() => onPendingChange(createMutation.isPending), [createMutation.isPending, onPendingChange]);

  const onSubmit = handleSubmit((body) =>
    createMutation.mutate(
      { extensionId, environmentId, body },
      {
        onSuccess: onSaved,
        // A taken name belongs under the Key field; other refusals are shown above the form.
        onError: (error) => {
          if (isNameConflict(error)) setError('name', { type: 'server', message: error.messages.join(' ') });
        },
      },
    ),
  );

  return (
    <form id={formId} className="form" onSubmit={onSubmit} noValidate>
      {isNameConflict(createMutation.error) ? null : <ErrorAlert error={createMutation.error} title="The variable was not saved" />}
      <Field label="Key" hint="Letters, digits, _, - and ., starting with a letter, e.g. ASSET_REQUEST_APPROVE_TEMPLATE_ID." error={formState.errors.name?.message}>
        {(props) => <Input {...props} className="mono" autoFocus autoComplete="off" spellCheck={false} {...register('name')} />}
      </Field>
      <Field label="Value" error={formState.errors.value?.message}>
        {(props) => <Textarea {...props} className="mono" rows={4} autoComplete="off" spellCheck={false} {...register('value')} />}
      </Field>
      <Checkbox label="Secured" hint={SECURED_HINT} {...register('secure')} />
    </form>
  );
}
