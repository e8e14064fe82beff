import { UpdateVariableRequest, type Variable } from '@devops/contracts/variables';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { Checkbox, Field, Input, Textarea } from '../../../components/ui/field.tsx';
import { useUpdateVariable } from '../api/update-variable.ts';
import { SECURED_HINT } from './variable-form-text.ts';

// An edit always sends a value: for a secure variable it is the only thing that can change.
const editVariableSchema = UpdateVariableRequest.required({ value: true });
type FormValues = z.input<typeof editVariableSchema>;
type FormOutput = z.output<typeof editVariableSchema>;

type EditVariableFormProps = {
  formId: string;
  extensionId: string;
  environmentId: string;
  variable: Variable;
  onSaved: (variable: Variable) => void;
  onPendingChange: (pending: boolean) => void;
};

/** The name is fixed; a secure variable only takes a new value, and its current value is never shown. */
export function EditVariableForm({ formId, extensionId, environmentId, variable, onSaved, onPendingChange }: EditVariableFormProps) {
  const updateMutation = useUpdateVariable();
  const isSecure = variable.secure;
  const { register, handleSubmit, formState } = useForm<FormValues, unknown, FormOutput>({
    resolver: zodResolver(editVariableSchema),
    defaultValues: isSecure ? { value: '' } : { value: variable.value ?? '', secure: false },
  });

  useEffect(() => onPendingChange(updateMutation.isPending), [updateMutation.isPending, onPendingChange]);

  const onSubmit = handleSubmit((values) => {
    const body: UpdateVariableRequest = isSecure ? { value: values.value } : { value: values.value, secure: values.secure ?? false };
    updateMutation.mutate({ extensionId, environmentId, variableId: variable.id, body }, { onSuccess: onSaved });
  });

  return (
    <form id={formId} className="form" onSubmit={onSubmit} noValidate>
      <ErrorAlert error={updateMutation.error} title="The variable was not saved" />
      <Field label="Key" hint="A variable's name cannot change.">
        {(props) => <Input {...props} className="mono" readOnly value={variable.name} />}
      </Field>
      {isSecure ? (
        <>
          <Field label="New value" hint="The current value is never shown; enter the value that replaces it." error={formState.errors.value?.message}>
            {(props) => (
              <Textarea
                {...props}
                className="mono"
                rows={4}
                autoFocus
                autoComplete="off"
                spellCheck={false}
                placeholder="Enter a new value"
                {...register('value')}
              />
            )}
          </Field>
          <Checkbox label="Secured" hint="A secured variable stays secured; only its value can change." checked disabled readOnly />
        </>
      ) : (
        <>
          <Field label="Value" error={formState.errors.value?.message}>
            {(props) => <Textarea {...props} className="mono" rows={4} autoFocus autoComplete="off" spellCheck={false} {...register('value')} />}
          </Field>
          <Checkbox label="Secured" hint={`${SECURED_HINT} A secured variable cannot be made plain again.`} {...register('secure')} />
        </>
      )}
    </form>
  );
}
