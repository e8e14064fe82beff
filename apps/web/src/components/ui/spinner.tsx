import { LoaderCircle } from 'lucide-react';

type SpinnerProps = { label?: string; size?: number };

/** An indeterminate progress indicator with an accessible label. */
export function Spinner({ label = 'Loading', size = 16 }: SpinnerProps) {
  return (
    <span className="spinner" role="status" aria-live="polite">
      <LoaderCircle size={size} aria-hidden="true" className="spinner__icon" />
      <span className="visually-hidden">{label}</span>
    </span>
  );
}

/** A centred spinner for a loading page or panel. */
export function PageSpinner({ label = 'Loading' }: { label?: string }) {
  return (
    <div className="page-spinner">
      <Spinner label={label} size={24} />
    </div>
  );
}
