/** Every route of the SPA; features link through these instead of importing each other. */
export const paths = {
  login: (next?: string) => (next ? `/login?next=${encodeURIComponent(next)}` : '/login'),
  extensions: () => '/extensions',
  extension: (id: string, env?: string) =>
    `/extensions/${encodeURIComponent(id)}${env ? `?env=${encodeURIComponent(env)}` : ''}`,
  variablesCompare: (extensionId: string) => `/extensions/${encodeURIComponent(extensionId)}/variables/compare`,
  apiKeys: () => '/settings/api-keys',
} as const;

/** Only same-site paths are accepted as a post-login destination. */
export function safeNextPath(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/login')) return paths.extensions();
  return next;
}
