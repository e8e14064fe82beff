import type { VariableAuditEvent } from '@devops/contracts/variables';
import { ChevronRight, Lock } from 'lucide-react';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { Pagination } from '../../../components/ui/pagination.tsx';
import { Spinner } from '../../../components/ui/spinner.tsx';
import { formatDateTime } from '../../../lib/format-date.ts';
import { useVariableAudit } from '../api/get-variable-audit.ts';

const PAGE_SIZE = 20;

const ACTION_LABELS: Record<VariableAuditEvent['action'], string> = { created: 'Created', changed: 'Changed', deleted: 'Deleted' };
const SOURCE_LABELS: Record<VariableAuditEvent['source'], string> = { api: 'Console / API', import: 'Import', copy: 'Copy', runner: 'Runner' };

type VariablesHistoryProps = { extensionId: string; environmentId: string; environmentLabel: string };

/** Who changed which variable, when and how; values are never part of the history. Loaded when opened. */
export function VariablesHistory({ extensionId, environmentId, environmentLabel }: VariablesHistoryProps) {
  const [isOpen, setIsOpen] = useState(false);
  const [offset, setOffset] = useState(0);
  const audit = useVariableAudit(extensionId, environmentId, { limit: PAGE_SIZE, offset }, { enabled: isOpen });

  return (
    <details className="disclosure" onToggle={(event) => setIsOpen(event.currentTarget.open)}>
      <summary className="disclosure__summary">
        <ChevronRight size={16} aria-hidden="true" className="disclosure__icon" />
        History
      </summary>
      {isOpen ? (
        <div className="disclosure__body stack">
          {audit.isPending ? <Spinner label="Loading the history" /> : null}
          <ErrorAlert error={audit.error} title="Cannot load the history" />
          {audit.data?.items.length === 0 ? <p className="muted">No variable has been changed in this environment yet.</p> : null}
          {audit.data?.items.length ? (
            <div className="table-wrap">
              <table className="table table--compact" aria-busy={(audit.isFetching && audit.isPlaceholderData) || undefined}>
                <caption className="visually-hidden">{environmentLabel} variable history</caption>
                <thead>
                  <tr>
                    <th scope="col">When</th>
                    <th scope="col">Who</th>
                    <th scope="col">Name</th>
                    <th scope="col">Action</th>
                    <th scope="col">Secured</th>
                    <th scope="col">Source</th>
                  </tr>
                </thead>
                <tbody>
                  {audit.data.items.map((event, index) => (
                    <tr key={`${event.at}-${event.name}-${index}`}>
                      <td>{formatDateTime(event.at)}</td>
                      <td>{event.by?.name ?? <span className="muted">System</span>}</td>
                      <td className="mono break">{event.name}</td>
                      <td>{ACTION_LABELS[event.action] ?? event.action}</td>
                      <td>
                        {event.secure ? (
                          <span className="inline-icon">
                            <Lock size={14} aria-hidden="true" /> Yes
                          </span>
                        ) : (
                          <span className="muted">No</span>
                        )}
                      </td>
                      <td>{SOURCE_LABELS[event.source] ?? event.source}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
          {audit.data && audit.data.total > PAGE_SIZE ? (
            <Pagination offset={offset} limit={PAGE_SIZE} total={audit.data.total} onOffsetChange={setOffset} label="History pages" />
          ) : null}
        </div>
      ) : null}
    </details>
  );
}
