import type { SetupRequest } from '@devops/contracts/runner-protocol';
import type { Extension } from './types.ts';

/**
 * Which capabilities a socket declares. Connect's runner splits them: its event sockets send the events and
 * schedulables (web fields null), its `/webapp` socket the UI modules, icon and proxied API (event fields
 * null). When web tasks travel on the interactive socket there is no `/webapp` socket, so every socket
 * declares everything ('all').
 */
export type SetupRole = 'all' | 'events' | 'webapp';

/**
 * The `data` of a `setup_request`, in the exact shape Connect's runner sends (captures/03): every field
 * present, null when unset, keys in the same order.
 */
export function buildSetupRequest(extension: Extension, runnerVersion: string, role: SetupRole = 'all'): Required<SetupRequest> {
  const hasEvents = role !== 'webapp';
  const hasWeb = role !== 'events';
  return {
    event_subscriptions: hasEvents
      ? Object.fromEntries(Object.entries(extension.events ?? {}).map(([eventType, subscription]) => [eventType, [...(subscription.statuses ?? [])]]))
      : null,
    ui_modules: hasWeb && extension.ui ? { ...extension.ui.modules } : null,
    icon: hasWeb ? (extension.icon ?? null) : null,
    variables: (extension.variables ?? []).map((variable) => ({
      name: variable.name,
      initial_value: variable.initialValue ?? null,
      secure: variable.secure ?? false,
    })),
    schedulables: hasEvents
      ? (extension.schedulables ?? []).map(({ method, name, description }) => ({ method, name, description }))
      : null,
    anvil_callables: null,
    transformations: null,
    audience: extension.audience ? [...extension.audience] : null,
    repository: {
      readme_url: extension.repository?.readmeUrl ?? null,
      changelog_url: extension.repository?.changelogUrl ?? null,
    },
    runner_version: runnerVersion,
    proxied_connect_api: hasWeb && extension.proxiedConnectApi ? structuredClone(extension.proxiedConnectApi) : null,
    model_type: 'setup_request',
  };
}
