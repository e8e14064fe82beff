import type { Environment } from '@devops/contracts/environments';
import { Badge, type BadgeTone } from '../../../components/ui/badge.tsx';
import { RelativeTime } from '../../../components/ui/relative-time.tsx';

type Instance = Environment['instances'][number];

const INSTANCE_STATUS: Record<Instance['status'], { label: string; tone: BadgeTone }> = {
  connected: { label: 'Connected', tone: 'success' },
  disconnected: { label: 'Disconnected', tone: 'warning' },
  decommissioned: { label: 'Decommissioned', tone: 'muted' },
};

type EnvironmentInstancesProps = { instances: Instance[]; environmentLabel: string };

/** The runner processes of an environment, connected ones first (as the API orders them). */
export function EnvironmentInstances({ instances, environmentLabel }: EnvironmentInstancesProps) {
  return (
    <div className="subsection">
      <h3 className="subsection__title">Instances</h3>
      <div className="table-wrap">
        <table className="table table--compact">
          <caption className="visually-hidden">{environmentLabel} runner instances</caption>
          <thead>
            <tr>
              <th scope="col">Instance</th>
              <th scope="col">Status</th>
              <th scope="col">Runner version</th>
              <th scope="col">Connected since</th>
              <th scope="col">Last seen</th>
            </tr>
          </thead>
          <tbody>
            {instances.map((instance) => {
              const status = INSTANCE_STATUS[instance.status] ?? { label: instance.status, tone: 'neutral' };
              const isConnected = instance.status === 'connected';
              return (
                <tr key={instance.id}>
                  <th scope="row" className="table__primary mono" title={`Runner instance id ${instance.runner_instance_id}`}>
                    {instance.id}
                    <span className="block muted">{instance.runner_instance_id}</span>
                  </th>
                  <td>
                    <Badge tone={status.tone}>{status.label}</Badge>
                  </td>
                  <td className="mono">{instance.runner_version ?? <span className="muted">Unknown</span>}</td>
                  <td>{isConnected ? <RelativeTime iso={instance.connected_at} /> : <span className="muted">—</span>}</td>
                  {/* A connected runner holds its socket open: it is being seen right now. */}
                  <td>{isConnected ? 'Now' : <RelativeTime iso={instance.last_seen_at} />}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
