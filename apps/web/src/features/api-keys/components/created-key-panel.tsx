import type { CreatedApiKey } from '@devops/contracts/api-keys';
import { TriangleAlert } from 'lucide-react';
import { CopyButton } from '../../../components/ui/copy-button.tsx';
import { Field, Input } from '../../../components/ui/field.tsx';

/** The new key's secret, shown this one time only. */
export function CreatedKeyPanel({ apiKey }: { apiKey: CreatedApiKey }) {
  return (
    <div className="stack">
      <div className="alert alert--warning" role="status">
        <TriangleAlert size={18} aria-hidden="true" className="alert__icon" />
        <div>
          <p className="alert__title">Copy this key now — you won't see it again.</p>
          <p>Only a hash is stored. Use it as the value of the Authorization header.</p>
        </div>
      </div>
      <Field label="API key">
        {(props) => (
          <div className="input-group">
            <Input {...props} readOnly value={apiKey.key} className="mono" onFocus={(event) => event.currentTarget.select()} />
            <CopyButton value={apiKey.key} label="Copy API key" variant="secondary" showText />
          </div>
        )}
      </Field>
    </div>
  );
}
