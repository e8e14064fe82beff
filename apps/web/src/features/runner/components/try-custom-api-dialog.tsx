import { Send } from 'lucide-react';
import { useId } from 'react';
import { Button } from '../../../components/ui/button.tsx';
import { Dialog } from '../../../components/ui/dialog.tsx';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { useCallCustomApi } from '../api/call-custom-api.ts';
import { customApiEndpoint, type CustomApiMethod } from '../lib/custom-api-methods.ts';
import type { CustomApiCall } from '../lib/custom-api-request.ts';
import { CustomApiResponse } from './custom-api-response.tsx';
import { TryCustomApiForm } from './try-custom-api-form.tsx';

type TryCustomApiDialogProps = {
  /** The method to try; null keeps the dialog closed. */
  method: CustomApiMethod | null;
  onClose: () => void;
  extensionId: string;
  environmentId: string;
  environmentLabel: string;
};

/** Calls one custom API method through the platform with the user's session and shows the answer as it came. */
export function TryCustomApiDialog({ method, onClose, extensionId, environmentId, environmentLabel }: TryCustomApiDialogProps) {
  const formId = useId();
  const call = useCallCustomApi();

  function close() {
    call.reset();
    onClose();
  }

  function send(request: CustomApiCall) {
    call.mutate({ extensionId, environmentId, call: request });
  }

  return (
    <Dialog
      open={method !== null}
      onOpenChange={(open) => (open ? undefined : close())}
      title={method ? `Try ${method.method} ${method.path}` : 'Try a custom API method'}
      description={
        method ? (
          <>
            {environmentLabel} environment ·{' '}
            <span className="mono break">{customApiEndpoint(window.location.origin, extensionId, environmentId, method.path)}</span>
          </>
        ) : undefined
      }
      size="lg"
      footer={
        <>
          <Button variant="secondary" onClick={close}>
            Close
          </Button>
          <Button type="submit" form={formId} variant="primary" icon={<Send size={16} aria-hidden="true" />} isLoading={call.isPending}>
            Send
          </Button>
        </>
      }
    >
      {method ? (
        <div className="stack">
          {method.summary || method.description ? (
            <p className="muted">{[method.summary, method.description].filter(Boolean).join(' — ')}</p>
          ) : null}
          <TryCustomApiForm key={method.id} formId={formId} method={method} onSend={send} />
          <ErrorAlert error={call.error} title="The request was not sent" />
          {call.data ? <CustomApiResponse result={call.data} /> : null}
        </div>
      ) : null}
    </Dialog>
  );
}
