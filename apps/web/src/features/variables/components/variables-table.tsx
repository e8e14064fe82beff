import type { Variable } from '@devops/contracts/variables';
import { EllipsisVertical, Lock, Pencil, Trash2 } from 'lucide-react';
import { Button } from '../../../components/ui/button.tsx';
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuTrigger,
} from '../../../components/ui/dropdown-menu.tsx';
import { HiddenValue, VariableValue } from './variable-value.tsx';

type VariablesTableProps = {
  variables: Variable[];
  environmentLabel: string;
  canEdit: boolean;
  busy?: boolean;
  onEdit: (variable: Variable) => void;
  onDelete: (variable: Variable) => void;
};

/** Name, value (never a secure one's) and the Secured flag, with the edit icon and the ⋮ menu. */
export function VariablesTable({ variables, environmentLabel, canEdit, busy = false, onEdit, onDelete }: VariablesTableProps) {
  return (
    <div className="table-wrap">
      <table className="table table--variables" aria-busy={busy || undefined}>
        <caption className="visually-hidden">{environmentLabel} environment variables</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Value</th>
            <th scope="col">Secured</th>
            {canEdit ? (
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {variables.map((variable) => (
            <tr key={variable.id}>
              <th scope="row" className="table__primary mono break">
                {variable.name}
              </th>
              <td className="variable-value-cell">
                {variable.secure || variable.value === null ? <HiddenValue /> : <VariableValue name={variable.name} value={variable.value} />}
              </td>
              <td>
                {variable.secure ? (
                  <span className="inline-icon">
                    <Lock size={14} aria-hidden="true" /> Yes
                  </span>
                ) : (
                  <span className="muted">No</span>
                )}
              </td>
              {canEdit ? (
                <td className="table__actions">
                  <Button
                    size="sm"
                    variant="ghost"
                    icon={<Pencil size={16} aria-hidden="true" />}
                    aria-label={`Edit ${variable.name}`}
                    title="Edit"
                    onClick={() => onEdit(variable)}
                  />
                  <DropdownMenu>
                    <DropdownMenuTrigger asChild>
                      <Button
                        size="sm"
                        variant="ghost"
                        icon={<EllipsisVertical size={16} aria-hidden="true" />}
                        aria-label={`More actions for ${variable.name}`}
                      />
                    </DropdownMenuTrigger>
                    <DropdownMenuContent>
                      <DropdownMenuItem tone="danger" icon={<Trash2 size={16} aria-hidden="true" />} onSelect={() => onDelete(variable)}>
                        Delete
                      </DropdownMenuItem>
                    </DropdownMenuContent>
                  </DropdownMenu>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
