import type { EventSubscriptions } from '@devops/contracts/environments';

export type EventCapability = EventSubscriptions['capabilities'][number];

/** The object statuses the runner handles the event for. */
export function handledStatuses(capability: EventCapability): string[] {
  return Object.entries(capability.statuses)
    .filter(([, handled]) => handled)
    .map(([status]) => status);
}

/** Handled events first, each group keeping the catalog's order; optionally only the handled ones. */
export function arrangeEventCapabilities(capabilities: EventCapability[], handledOnly: boolean): EventCapability[] {
  const handled = capabilities.filter((capability) => capability.enabled);
  return handledOnly ? handled : [...handled, ...capabilities.filter((capability) => !capability.enabled)];
}
