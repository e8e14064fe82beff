import type { EnvironmentStatus } from '@devops/contracts/environments';
import { Badge, type BadgeTone } from './badge.tsx';

/** One colour per environment status, shared by every screen. */
const STATUS_TONES: Record<EnvironmentStatus, BadgeTone> = {
  uninitialized: 'muted',
  building: 'progress',
  deploying: 'progress',
  upgrading: 'progress',
  standby: 'info',
  running: 'success',
  connected: 'success',
  stopping: 'warning',
  stopped: 'neutral',
  disconnected: 'warning',
  errored: 'danger',
};

export function statusTone(status: EnvironmentStatus): BadgeTone {
  return STATUS_TONES[status] ?? 'neutral';
}

export function statusLabel(status: EnvironmentStatus): string {
  return status.charAt(0).toUpperCase() + status.slice(1);
}

type StatusBadgeProps = { status: EnvironmentStatus; /** e.g. "Development", prefixed to the accessible name */ context?: string };

export function StatusBadge({ status, context }: StatusBadgeProps) {
  const label = statusLabel(status);
  return (
    <Badge tone={statusTone(status)} label={context ? `${context}: ${label}` : undefined}>
      {label}
    </Badge>
  );
}
