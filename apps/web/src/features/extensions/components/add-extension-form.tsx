import type { AccountType } from '@devops/contracts/common';
import { CreateExtensionRequest, type Extension } from '@devops/contracts/extensions';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { Field, Input } from '../../../components/ui/field.tsx';
import { useCreateExtension } from '../api/create-extension.ts';
import { ExtensionTypeField, typeUnavailableReason } from './extension-type-field.tsx';
import { HubField } from './hub-field.tsx';
import { IconUploadField } from './icon-upload-field.tsx';
import { ProductsField } from './products-field.tsx';

// The request schema, plus what each type requires (the server enforces the same rules).
const addExtensionSchema = CreateExtensionRequest.superRefine((value, ctx) => {
  if (value.type === 'products' && !value.products?.length) {
    ctx.addIssue({ code: 'custom', path: ['products'], message: 'Choose at least one product' });
  }
  if (value.type === 'hub') {
    if (!value.hub) ctx.addIssue({ code: 'custom', path: ['hub'], message: 'Choose a hub' });
    if (!value.package_id) ctx.addIssue({ code: 'custom', path: ['package_id'], message: 'A package id is required for Hub Integration' });
  }
});

type FormValues = z.input<typeof CreateExtensionRequest>;

/** Sends only the fields that belong to the chosen type. */
function toRequest(values: CreateExtensionRequest): CreateExtensionRequest {
  const base = { name: values.name, type: values.type, ...(values.icon ? { icon: values.icon } : {}) };
  if (values.type === 'products') return { ...base, products: values.products ?? [] };
  if (values.type === 'hub') return { ...base, hub: values.hub, package_id: values.package_id ?? null };
  return values.package_id ? { ...base, package_id: values.package_id } : base;
}

type AddExtensionFormProps = { formId: string; accountType: AccountType; onCreated: (extension: Extension) => void; onPendingChange: (pending: boolean) => void };

export function AddExtensionForm({ formId, accountType, onCreated, onPendingChange }: AddExtensionFormProps) {
  const createMutation = useCreateExtension();
  const defaultType = typeUnavailableReason('multiaccount', accountType) ? 'transformations' : 'multiaccount';
  const { register, control, handleSubmit, watch, setValue, formState } = useForm<FormValues, unknown, CreateExtensionRequest>({
    resolver: zodResolver(addExtensionSchema),
    defaultValues: { name: '', type: defaultType, icon: null, package_id: null, products: [], hub: undefined },
  });
  const type = watch('type');
  const name = watch('name');
  const errors = formState.errors;

  // Fields of another type must not block (or leak into) the one chosen now.
  useEffect(() => {
    setValue('package_id', null);
    setValue('products', []);
    setValue('hub', undefined);
  }, [type, setValue]);

  useEffect(() => onPendingChange(createMutation.isPending), [createMutation.isPending, onPendingChange]);

  const onSubmit = handleSubmit((values) => createMutation.mutate(toRequest(values), { onSuccess: onCreated }));

  return (
    <form id={formId} className="form" onSubmit={onSubmit} noValidate>
      <ErrorAlert error={createMutation.error} title="The extension was not created" />
      <Field label="Name" error={errors.name?.message}>
        {(props) => <Input {...props} autoFocus {...register('name')} />}
      </Field>
      <Controller
        control={control}
        name="icon"
        render={({ field, fieldState }) => (
          <IconUploadField
            previewSrc={field.value ?? null}
            name={name}
            onSelect={field.onChange}
            onRemove={() => field.onChange(null)}
            error={fieldState.error?.message}
          />
        )}
      />
      <ExtensionTypeField accountType={accountType} registration={register('type')} error={errors.type?.message} />
      {type === 'products' ? (
        <Controller
          control={control}
          name="products"
          render={({ field, fieldState }) => (
            <ProductsField value={field.value ?? []} onChange={field.onChange} error={fieldState.error?.message} />
          )}
        />
      ) : null}
      {type === 'hub' ? (
        <Controller
          control={control}
          name="hub"
          render={({ field, fieldState }) => <HubField value={field.value} onChange={field.onChange} error={fieldState.error?.message} />}
        />
      ) : null}
      {type !== 'products' ? (
        <Controller
          control={control}
          name="package_id"
          render={({ field, fieldState }) => (
            <Field
              label="Package ID"
              optional={type !== 'hub'}
              hint="Three dot-separated parts, e.g. cloudblue.connect.package"
              error={fieldState.error?.message}
            >
              {(props) => (
                <Input
                  {...props}
                  name={field.name}
                  ref={field.ref}
                  onBlur={field.onBlur}
                  value={field.value ?? ''}
                  onChange={(event) => field.onChange(event.target.value === '' ? null : event.target.value)}
                  placeholder="cloudblue.connect.package"
                  spellCheck={false}
                />
              )}
            </Field>
          )}
        />
      ) : null}
    </form>
  );
}
