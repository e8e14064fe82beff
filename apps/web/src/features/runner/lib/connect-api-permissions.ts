/** One Connect API path the runner declared it calls, with the access it asked for when it said so. */
export type ConnectApiPermission = { path: string; access: string | null };

function describeAccess(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value || null;
  if (typeof value === 'boolean') return value ? 'Allowed' : 'Not allowed';
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map((item) => describeAccess(item) ?? '').filter(Boolean).join(', ') || null;
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) return null;
  return entries.map(([key, item]) => `${key}: ${describeAccess(item) ?? '—'}`).join(', ');
}

function fromItem(item: unknown): ConnectApiPermission | null {
  if (typeof item === 'string') return item ? { path: item, access: null } : null;
  if (item && typeof item === 'object' && !Array.isArray(item)) {
    const { path, ...rest } = item as Record<string, unknown>;
    if (typeof path === 'string') return { path, access: describeAccess(rest) };
  }
  return null;
}

/**
 * `runner.proxied_connect_api` as rows: runners declare either a list of paths or an object of
 * path → access (a word, a list of methods, or an object); whatever else comes is shown, not dropped.
 * Sorted by path: the stored declaration does not keep the runner's key order.
 */
export function listConnectApiPermissions(declared: unknown): ConnectApiPermission[] {
  return readPermissions(declared).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function readPermissions(declared: unknown): ConnectApiPermission[] {
  if (declared === null || declared === undefined) return [];
  if (typeof declared === 'string') return declared ? [{ path: declared, access: null }] : [];
  if (Array.isArray(declared)) {
    return declared.map((item) => fromItem(item) ?? { path: JSON.stringify(item), access: null });
  }
  if (typeof declared === 'object') {
    return Object.entries(declared as Record<string, unknown>).map(([path, access]) => ({ path, access: describeAccess(access) }));
  }
  return [{ path: String(declared), access: null }];
}
