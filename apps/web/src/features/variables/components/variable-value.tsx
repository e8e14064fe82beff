import { Lock } from 'lucide-react';
import { useState } from 'react';

/** Values longer than this, or spanning lines, are shown on one clipped line until expanded. */
const PREVIEW_CHARS = 60;

type VariableValueProps = { name: string; value: string };

/** A plain value; a long one is clipped with a "Show all" toggle (keyboard-reachable, unlike a hover tooltip). */
export function VariableValue({ name, value }: VariableValueProps) {
  const [isExpanded, setIsExpanded] = useState(false);
  const isLong = value.length > PREVIEW_CHARS || value.includes('\n');
  if (!isLong) return <span className="variable-value mono">{value}</span>;
  return (
    <span className="variable-value-long">
      {isExpanded ? (
        <pre className="variable-value variable-value--full mono">{value}</pre>
      ) : (
        <span className="variable-value variable-value--clipped mono" title={value.slice(0, 500)}>
          {value}
        </span>
      )}
      <button
        type="button"
        className="link-button"
        aria-expanded={isExpanded}
        aria-label={`${isExpanded ? 'Show less of' : 'Show all of'} ${name}`}
        onClick={() => setIsExpanded(!isExpanded)}
      >
        {isExpanded ? 'Show less' : `Show all (${value.length} characters)`}
      </button>
    </span>
  );
}

/** What a secure variable shows instead of its value, which the API never returns. */
export function HiddenValue() {
  return (
    <span className="secret-value">
      <Lock size={14} aria-hidden="true" />
      <span aria-hidden="true">••••••</span>
      <span className="visually-hidden">Hidden secured value</span>
    </span>
  );
}
