import { CircleAlert } from 'lucide-react';
import { ApiError, errorMessages } from '../../../lib/api-client.ts';

/** Every problem the server found in the file (one per row and column), or why it refused the upload. */
export function ImportProblems({ error }: { error: unknown }) {
  const isTooLarge = error instanceof ApiError && error.status === 413;
  const isFileProblem = error instanceof ApiError && error.code === 'INVALID_FILE';
  const messages = isTooLarge ? ['The file is too large to import. Split it into smaller files.'] : errorMessages(error);
  let title = 'The file cannot be imported. Nothing was changed.';
  if (isFileProblem) title = `The file has ${messages.length} ${messages.length === 1 ? 'problem' : 'problems'}. Nothing was changed.`;
  return (
    <div className="alert alert--danger" role="alert">
      <CircleAlert size={18} aria-hidden="true" className="alert__icon" />
      <div>
        <p className="alert__title">{title}</p>
        <ul className="alert__list import-problems">
          {messages.map((message, index) => (
            // The same message may repeat for different rows only if the server repeats it verbatim.
            <li key={`${index}-${message}`}>{message}</li>
          ))}
        </ul>
      </div>
    </div>
  );
}
