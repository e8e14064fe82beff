import { UpdateExtensionRequest, type Extension } from '@devops/contracts/extensions';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { Field, Input, Textarea } from '../../../components/ui/field.tsx';
import { useUpdateExtension } from '../api/update-extension.ts';
import { IconUploadField } from './icon-upload-field.tsx';

type FormValues = z.input<typeof UpdateExtensionRequest>;

type EditExtensionFormProps = {
  formId: string;
  extension: Extension;
  onSaved: (extension: Extension) => void;
  onPendingChange: (pending: boolean) => void;
};

/** Name, description and image of an extension; the icon is only sent when it changed. */
export function EditExtensionForm({ formId, extension, onSaved, onPendingChange }: EditExtensionFormProps) {
  const updateMutation = useUpdateExtension();
  const { register, control, handleSubmit, watch, formState } = useForm<FormValues, unknown, UpdateExtensionRequest>({
    resolver: zodResolver(UpdateExtensionRequest),
    // icon: undefined = keep the current one, null = remove it, a data URL = replace it.
    defaultValues: { name: extension.name, description: extension.description ?? '', icon: undefined },
  });
  const name = watch('name') ?? '';

  useEffect(() => onPendingChange(updateMutation.isPending), [updateMutation.isPending, onPendingChange]);

  const onSubmit = handleSubmit((values) => {
    const body: UpdateExtensionRequest = { name: values.name, description: values.description ? values.description : null };
    if (values.icon !== undefined) body.icon = values.icon;
    updateMutation.mutate({ id: extension.id, body }, { onSuccess: onSaved });
  });

  return (
    <form id={formId} className="form" onSubmit={onSubmit} noValidate>
      <ErrorAlert error={updateMutation.error} title="The changes were not saved" />
      <Field label="Name" error={formState.errors.name?.message}>
        {(props) => <Input {...props} autoFocus {...register('name')} />}
      </Field>
      <Field label="Description" optional error={formState.errors.description?.message}>
        {(props) => <Textarea {...props} rows={3} {...register('description')} />}
      </Field>
      <Controller
        control={control}
        name="icon"
        render={({ field, fieldState }) => (
          <IconUploadField
            previewSrc={field.value === undefined ? extension.icon : field.value}
            name={name}
            onSelect={field.onChange}
            onRemove={() => field.onChange(null)}
            error={fieldState.error?.message}
          />
        )}
      />
    </form>
  );
}
