import { ENVIRONMENT_TYPES } from '@devops/contracts/environments';
import { CopyVariablesRequest, type VariableComparison } from '@devops/contracts/variables';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { Button } from '../../../components/ui/button.tsx';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { Checkbox, Field, Select } from '../../../components/ui/field.tsx';
import { useToast } from '../../../components/ui/toast.tsx';
import { errorMessages } from '../../../lib/api-client.ts';
import { useCopyVariables } from '../api/copy-variables.ts';

// The names come from the selection; the form only chooses the direction and whether to overwrite.
const copyFormSchema = CopyVariablesRequest.pick({ from: true, to: true, overwrite: true }).refine((values) => values.from !== values.to, {
  path: ['to'],
  message: 'Choose an environment other than the source',
});
type FormValues = z.input<typeof copyFormSchema>;
type FormOutput = z.output<typeof copyFormSchema>;

type CopyVariablesFormProps = {
  extensionId: string;
  comparison: VariableComparison;
  selectedNames: string[];
  onCopied: () => void;
  onClose: () => void;
};

export function CopyVariablesForm({ extensionId, comparison, selectedNames, onCopied, onClose }: CopyVariablesFormProps) {
  const copyMutation = useCopyVariables();
  const toast = useToast();
  const environments = ENVIRONMENT_TYPES.flatMap((env) => {
    const id = comparison.environments.find((item) => item.type === env.type)?.id;
    return id ? [{ ...env, id }] : [];
  });
  const { register, handleSubmit, watch, formState } = useForm<FormValues, unknown, FormOutput>({
    resolver: zodResolver(copyFormSchema),
    defaultValues: { from: environments[0]?.id ?? '', to: environments[1]?.id ?? '', overwrite: false },
  });
  const source = environments.find((env) => env.id === watch('from'));
  const target = environments.find((env) => env.id === watch('to'));
  const overwrite = watch('overwrite');

  const rows = comparison.variables.filter((variable) => selectedNames.includes(variable.name));
  const copyable = source ? rows.filter((variable) => variable[source.type].present) : [];
  const notInSource = source ? rows.filter((variable) => !variable[source.type].present) : [];
  const inTarget = target ? copyable.filter((variable) => variable[target.type].present) : [];
  const names = copyable.map((variable) => variable.name);

  const onSubmit = handleSubmit((values) =>
    copyMutation.mutate(
      { extensionId, body: { ...values, names } },
      {
        onSuccess: (copied) => {
          toast({
            title: `Copied ${copied.length} ${copied.length === 1 ? 'variable' : 'variables'} to ${target?.label ?? 'the target'}`,
            description: copied.map((variable) => variable.name).join(', '),
            tone: 'success',
          });
          onCopied();
          onClose();
        },
        onError: (error) => toast({ title: 'The variables were not copied', description: errorMessages(error).join(' '), tone: 'danger' }),
      },
    ),
  );

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <ErrorAlert error={copyMutation.error} title="The variables were not copied" />
      <div className="form-row">
        {(['from', 'to'] as const).map((side) => (
          <Field key={side} label={side === 'from' ? 'Source environment' : 'Target environment'} error={formState.errors[side]?.message}>
            {(props) => (
              <Select {...props} {...register(side)}>
                {environments.map((env) => (
                  <option key={env.id} value={env.id}>
                    {env.label}
                  </option>
                ))}
              </Select>
            )}
          </Field>
        ))}
      </div>
      <p>
        {names.length === 0
          ? `None of the selected variables is in ${source?.label ?? 'the source'}.`
          : `Copies ${names.length} ${names.length === 1 ? 'variable' : 'variables'}: `}
        <span className="mono break">{names.join(', ')}</span>
      </p>
      {notInSource.length > 0 ? (
        <p className="field__hint">
          Not in {source?.label}, left out: <span className="mono">{notInSource.map((variable) => variable.name).join(', ')}</span>
        </p>
      ) : null}
      <Checkbox
        label="Overwrite variables that already exist in the target"
        hint="Secured variables stay secured; their values are copied without being shown."
        {...register('overwrite')}
      />
      {inTarget.length > 0 ? (
        <div className={`alert ${overwrite ? 'alert--warning' : 'alert--danger'}`} role="status">
          <p>
            Already in {target?.label}: <span className="mono">{inTarget.map((variable) => variable.name).join(', ')}</span>.{' '}
            {overwrite ? 'Their values will be replaced.' : 'Without Overwrite the copy is refused.'}
          </p>
        </div>
      ) : null}
      <footer className="dialog__footer dialog__footer--flush">
        <Button variant="secondary" onClick={onClose} disabled={copyMutation.isPending}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" isLoading={copyMutation.isPending} disabled={names.length === 0}>
          Copy
        </Button>
      </footer>
    </form>
  );
}
