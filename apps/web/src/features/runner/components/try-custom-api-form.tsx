import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { Field, Input, Textarea } from '../../../components/ui/field.tsx';
import { hasRequestBody, type CustomApiMethod } from '../lib/custom-api-methods.ts';
import { toCustomApiCall, TryCustomApiValues, type CustomApiCall } from '../lib/custom-api-request.ts';

type TryCustomApiFormProps = { formId: string; method: CustomApiMethod; onSend: (call: CustomApiCall) => void };

/** Path parameters, query string and (for methods that take one) a JSON body, checked before anything is sent. */
export function TryCustomApiForm({ formId, method, onSend }: TryCustomApiFormProps) {
  const { register, handleSubmit, formState } = useForm<TryCustomApiValues>({
    resolver: zodResolver(TryCustomApiValues),
    defaultValues: { params: method.pathParams.map((name) => ({ name, value: '' })), query: '', body: '' },
  });
  const takesBody = hasRequestBody(method.method);

  return (
    <form id={formId} className="form" onSubmit={handleSubmit((values) => onSend(toCustomApiCall(method.method, method.path, values)))} noValidate>
      {method.pathParams.length ? (
        <fieldset className="fieldset">
          <legend className="label">Path parameters</legend>
          <div className="form-row">
            {method.pathParams.map((name, index) => (
              <Field key={name} label={<span className="mono">{name}</span>} error={formState.errors.params?.[index]?.value?.message}>
                {(props) => <Input {...props} className="mono" autoComplete="off" spellCheck={false} {...register(`params.${index}.value`)} />}
              </Field>
            ))}
          </div>
        </fieldset>
      ) : null}
      <Field label="Query string" optional hint="Without the ?, e.g. name=Ada&limit=10." error={formState.errors.query?.message}>
        {(props) => <Input {...props} className="mono" autoComplete="off" spellCheck={false} {...register('query')} />}
      </Field>
      {takesBody ? (
        <Field label="JSON body" optional hint="Sent as application/json; leave it empty to send no body." error={formState.errors.body?.message}>
          {(props) => (
            <Textarea {...props} className="mono" rows={6} autoComplete="off" spellCheck={false} placeholder='{"key": "value"}' {...register('body')} />
          )}
        </Field>
      ) : null}
    </form>
  );
}
