import type { ComparedValue } from '@devops/contracts/variables';
import { Lock } from 'lucide-react';
import { VariableValue } from './variable-value.tsx';

type ComparisonCellProps = { name: string; environmentLabel: string; value: ComparedValue; differs: boolean };

/** One environment's side: the plain value, a "Secured" badge (never the value), or "—" when missing. */
export function ComparisonCell({ name, environmentLabel, value, differs }: ComparisonCellProps) {
  let content;
  if (!value.present) {
    content = (
      <>
        <span aria-hidden="true" className="muted">
          —
        </span>
        <span className="visually-hidden">Missing</span>
      </>
    );
  } else if (value.secure || value.value === null) {
    content = (
      <span className="badge badge--neutral">
        <Lock size={12} aria-hidden="true" />
        Secured
      </span>
    );
  } else {
    content = <VariableValue name={`${name} in ${environmentLabel}`} value={value.value} />;
  }
  return (
    <td className={differs ? 'compare-cell compare-cell--differs' : 'compare-cell'} data-differs={differs || undefined}>
      {content}
      {differs ? <span className="visually-hidden"> (differs)</span> : null}
    </td>
  );
}
