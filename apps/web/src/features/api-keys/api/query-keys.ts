/** Query keys of the API keys feature. */
export const apiKeyKeys = {
  all: ['api-keys'] as const,
  list: () => [...apiKeyKeys.all, 'list'] as const,
};

export const API_KEYS_PATH = '/public/v1/account/api-keys';
