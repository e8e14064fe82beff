import type { TaskCategory } from '@devops/contracts/runner-protocol';
import type { ConnectApi, Extension, ExtensionContext, Logger } from '../sdk/types.ts';
import type { RuntimeState } from './runtime-state.ts';

/** Everything task and web-task processing needs, passed in so tests run it without sockets or network. */
export interface RuntimeDeps {
  extension: Extension;
  state: RuntimeState;
  environmentId: string;
  instanceId: string;
  /** e.g. `http://localhost:3000/public/v1` */
  apiBaseUrl: string;
  /** The runner's own key, exactly as configured (`ApiKey SU-…:…`). */
  apiKey: string;
  userAgent: string;
  fetch: typeof fetch;
  /** Milliseconds per task category; web tasks use the interactive one. */
  timeouts: Record<TaskCategory, number>;
  /** The runner's own log. */
  log: Logger;
  /** The extension's log for one task or request (level from setup_response.logging.log_level). */
  extensionLogger(label: string): Logger;
}

/** The platform API as the extension sees it: relative paths, Authorization added. */
export function createConnectApi(deps: RuntimeDeps, apiKey: string | null | undefined): ConnectApi {
  const baseUrl = deps.apiBaseUrl;
  return {
    baseUrl,
    fetch(path, init = {}) {
      const headers = new Headers(init.headers);
      if (!headers.has('authorization')) headers.set('authorization', apiKey ?? deps.apiKey);
      if (!headers.has('user-agent')) headers.set('user-agent', deps.userAgent);
      const url = /^https?:\/\//.test(path) ? path : `${baseUrl}${path.startsWith('/') ? '' : '/'}${path}`;
      return deps.fetch(url, { ...init, headers });
    },
  };
}

/** The context fields every handler gets; `variables` is read live from the state. */
export function createBaseContext(deps: RuntimeDeps, signal: AbortSignal, logger: Logger, apiKey: string | null | undefined): ExtensionContext {
  return {
    get variables() {
      return deps.state.variables;
    },
    get environmentType() {
      return deps.state.environmentType;
    },
    logger,
    environmentId: deps.environmentId,
    instanceId: deps.instanceId,
    signal,
    api: createConnectApi(deps, apiKey),
  };
}
