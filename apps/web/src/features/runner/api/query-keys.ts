/** Query keys of the runner feature (what an environment's runner declared, and its keys). */
export const runnerKeys = {
  all: ['runner'] as const,
  /**
   * The event subscriptions as of one runner declaration: `declaration` changes when a runner connects
   * with different subscriptions (seen through the polled environment), which fetches them again.
   */
  eventSubscriptions: (extensionId: string, environmentId: string, declaration: string) =>
    [...runnerKeys.all, extensionId, environmentId, 'event-subscriptions', declaration] as const,
  /**
   * The custom API description as served by the runners connected now: `runners` (their instance ids) changes
   * when another runner connects, maybe with another version of the extension, which reads it again.
   */
  customApiSpec: (extensionId: string, environmentId: string, runners: string) =>
    [...runnerKeys.all, extensionId, environmentId, 'custom-api-spec', runners] as const,
};

/** A runner key appears in the API keys list: the api-keys feature's root key. Features share keys, never code. */
export const API_KEYS_ROOT_KEY = ['api-keys'] as const;

export const API_KEYS_PATH = '/public/v1/account/api-keys';

export const eventSubscriptionsPath = (extensionId: string, environmentId: string) =>
  `/public/v1/devops/services/${encodeURIComponent(extensionId)}/environments/${encodeURIComponent(environmentId)}/event-subscriptions`;
