import { ENVIRONMENT_TYPES } from '@devops/contracts/environments';
import { Badge } from '../../../components/ui/badge.tsx';
import { differingEnvironments, missingEnvironments, type ComparedVariable } from '../lib/compare-variables.ts';
import { ComparisonCell } from './comparison-cell.tsx';

const LABELS = Object.fromEntries(ENVIRONMENT_TYPES.map((env) => [env.type, env.label])) as Record<string, string>;

function StatusCell({ variable }: { variable: ComparedVariable }) {
  if (variable.status === 'same') return <Badge tone="success">Same</Badge>;
  if (variable.status === 'different') return <Badge tone="warning">Different</Badge>;
  const missing = missingEnvironments(variable).map((type) => LABELS[type]);
  return <Badge tone="danger">Missing in {missing.join(', ')}</Badge>;
}

type ComparisonTableProps = {
  variables: ComparedVariable[];
  /** Null when the viewer cannot copy: no selection column. */
  selected: Set<string> | null;
  onToggle: (name: string, selected: boolean) => void;
  onToggleAll: (selected: boolean) => void;
};

/** Name | Development | Test | Production | Status, with cells that differ from the others highlighted. */
export function ComparisonTable({ variables, selected, onToggle, onToggleAll }: ComparisonTableProps) {
  const selectedShown = selected ? variables.filter((variable) => selected.has(variable.name)).length : 0;
  const allShownSelected = variables.length > 0 && selectedShown === variables.length;
  return (
    <div className="table-wrap">
      <table className="table table--compare">
        <caption className="visually-hidden">Variables by environment</caption>
        <thead>
          <tr>
            {selected ? (
              <th scope="col" className="table__select">
                <input
                  type="checkbox"
                  className="checkbox__input"
                  aria-label="Select all shown variables"
                  checked={allShownSelected}
                  ref={(input) => {
                    if (input) input.indeterminate = selectedShown > 0 && !allShownSelected;
                  }}
                  onChange={(event) => onToggleAll(event.target.checked)}
                />
              </th>
            ) : null}
            <th scope="col">Name</th>
            {ENVIRONMENT_TYPES.map((env) => (
              <th scope="col" key={env.type}>
                {env.label}
              </th>
            ))}
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {variables.map((variable) => {
            const differs = differingEnvironments(variable);
            return (
              <tr key={variable.name} className={selected?.has(variable.name) ? 'is-selected' : undefined}>
                {selected ? (
                  <td className="table__select">
                    <input
                      type="checkbox"
                      className="checkbox__input"
                      aria-label={`Select ${variable.name}`}
                      checked={selected.has(variable.name)}
                      onChange={(event) => onToggle(variable.name, event.target.checked)}
                    />
                  </td>
                ) : null}
                <th scope="row" className="table__primary mono break">
                  {variable.name}
                </th>
                {ENVIRONMENT_TYPES.map((env) => (
                  <ComparisonCell
                    key={env.type}
                    name={variable.name}
                    environmentLabel={env.label}
                    value={variable[env.type]}
                    differs={differs.has(env.type)}
                  />
                ))}
                <td>
                  <StatusCell variable={variable} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
