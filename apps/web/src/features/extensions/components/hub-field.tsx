import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { Field, Select } from '../../../components/ui/field.tsx';
import { useHubs } from '../api/get-hubs.ts';

type HubRef = { id: string };
type HubFieldProps = { value: HubRef | undefined; onChange: (value: HubRef | undefined) => void; error?: string };

/** Chooses one of the distributor's or reseller's hubs for a Hub Integration extension. */
export function HubField({ value, onChange, error }: HubFieldProps) {
  const hubs = useHubs();
  return (
    <>
      <ErrorAlert error={hubs.error} title="Cannot load hubs" />
      <Field label="Hub" error={error} hint={hubs.data?.length === 0 ? 'Your account has no hubs yet.' : undefined}>
        {(control) => (
          <Select
            {...control}
            value={value?.id ?? ''}
            onChange={(event) => onChange(event.target.value ? { id: event.target.value } : undefined)}
            disabled={hubs.isPending}
          >
            <option value="">{hubs.isPending ? 'Loading hubs…' : 'Choose a hub'}</option>
            {hubs.data?.map((hub) => (
              <option key={hub.id} value={hub.id}>
                {hub.name} ({hub.id})
              </option>
            ))}
          </Select>
        )}
      </Field>
    </>
  );
}
