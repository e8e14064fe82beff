import { CircleAlert } from 'lucide-react';
import { errorMessages } from '../../lib/api-client.ts';

type ErrorAlertProps = { error: unknown; title?: string };

/** Shows the server's messages for a failed request, announced to screen readers. */
export function ErrorAlert({ error, title }: ErrorAlertProps) {
  if (!error) return null;
  const messages = errorMessages(error);
  return (
    <div className="alert alert--danger" role="alert">
      <CircleAlert size={18} aria-hidden="true" className="alert__icon" />
      <div>
        {title ? <p className="alert__title">{title}</p> : null}
        {messages.length === 1 ? (
          <p>{messages[0]}</p>
        ) : (
          <ul className="alert__list">
            {messages.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
