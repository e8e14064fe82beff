import { Badge } from '../../../components/ui/badge.tsx';
import { handledStatuses, type EventCapability } from '../lib/subscribed-events.ts';

const CATEGORY_LABELS: Record<EventCapability['category'], string> = {
  background: 'Background',
  interactive: 'Interactive',
  scheduled: 'Scheduled',
};

type SubscribedEventsTableProps = { capabilities: EventCapability[]; environmentLabel: string; busy?: boolean };

/** Every event type with whether the runner handles it, and for which object statuses. */
export function SubscribedEventsTable({ capabilities, environmentLabel, busy = false }: SubscribedEventsTableProps) {
  return (
    <div className="table-wrap">
      <table className="table table--compact" aria-busy={busy || undefined}>
        <caption className="visually-hidden">{environmentLabel} subscribed system events</caption>
        <thead>
          <tr>
            <th scope="col">Event</th>
            <th scope="col">Group</th>
            <th scope="col">Category</th>
            <th scope="col">Handled</th>
            <th scope="col">Statuses</th>
          </tr>
        </thead>
        <tbody>
          {capabilities.map((capability) => {
            const statuses = capability.enabled ? handledStatuses(capability) : [];
            return (
              <tr key={capability.id}>
                <th scope="row" className="table__primary" title={capability.description}>
                  {capability.label}
                  <span className="block mono muted">{capability.id}</span>
                </th>
                <td>{capability.group.label}</td>
                <td>{CATEGORY_LABELS[capability.category] ?? capability.category}</td>
                <td>
                  {capability.enabled ? <Badge tone="success">Yes</Badge> : <Badge tone="muted">No</Badge>}
                </td>
                <td>
                  {statuses.length ? (
                    <ul className="chips" aria-label={`Statuses handled for ${capability.label}`}>
                      {statuses.map((status) => (
                        <li key={status} className="chip mono">
                          {status}
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <span className="muted">—</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
