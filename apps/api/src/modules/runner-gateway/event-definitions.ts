import type { EventDefinition } from '@devops/contracts/runner-protocol';

const REQUEST_FILTER = 'and(eq(id,${_object_id_}),in(status,${_statuses_}))';

function requests(eventType: string): EventDefinition {
  return { event_type: eventType, api_resource_endpoint: 'requests/{pk}', api_collection_endpoint: 'requests', api_collection_filter: REQUEST_FILTER };
}

function tierConfigRequests(eventType: string): EventDefinition {
  return {
    event_type: eventType,
    api_resource_endpoint: 'tier/config-requests/{pk}',
    api_collection_endpoint: 'tier/config-requests',
    api_collection_filter: REQUEST_FILTER,
  };
}

/**
 * Where the runner reads the object a background task is about: Connect's runner checks the object still has
 * a subscribed status (collection + filter, limit=0) and then reads it (resource). Without an entry for its
 * event type the runner answers `retry`.
 */
export const EVENT_DEFINITIONS: ReadonlyMap<string, EventDefinition> = new Map(
  [
    ...['purchase', 'change', 'suspend', 'resume', 'cancel', 'adjustment'].flatMap((kind) => [
      requests(`asset_${kind}_request_processing`),
      requests(`asset_${kind}_request_validation`),
    ]),
    ...['setup', 'change', 'adjustment'].flatMap((kind) => [
      tierConfigRequests(`tier_config_${kind}_request_processing`),
      tierConfigRequests(`tier_config_${kind}_request_validation`),
    ]),
  ].map((definition) => [definition.event_type, definition]),
);

export function eventDefinitionsFor(subscriptions: Record<string, unknown> | null | undefined): EventDefinition[] {
  return Object.keys(subscriptions ?? {})
    .map((eventType) => EVENT_DEFINITIONS.get(eventType))
    .filter((definition): definition is EventDefinition => definition !== undefined);
}
