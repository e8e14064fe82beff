import { describe, expect, it } from 'vitest';
import { listConnectApiPermissions } from './connect-api-permissions.ts';

describe('listConnectApiPermissions', () => {
  it('reads nothing declared as no permissions', () => {
    expect(listConnectApiPermissions(null)).toEqual([]);
    expect(listConnectApiPermissions([])).toEqual([]);
    expect(listConnectApiPermissions({})).toEqual([]);
  });
  it('reads a list of paths, sorted', () => {
    expect(listConnectApiPermissions(['/public/v1/products', '/public/v1/marketplaces'])).toEqual([
      { path: '/public/v1/marketplaces', access: null },
      { path: '/public/v1/products', access: null },
    ]);
  });
  it('reads an object of path → access in its several shapes', () => {
    expect(
      listConnectApiPermissions({
        '/public/v1/marketplaces': 'view',
        '/public/v1/products': ['GET', 'POST'],
        '/public/v1/assets': { read: true, write: false },
        '/public/v1/tier/accounts': null,
      }),
    ).toEqual([
      { path: '/public/v1/assets', access: 'read: Allowed, write: Not allowed' },
      { path: '/public/v1/marketplaces', access: 'view' },
      { path: '/public/v1/products', access: 'GET, POST' },
      { path: '/public/v1/tier/accounts', access: null },
    ]);
  });
  it('reads list items that are objects with a path', () => {
    expect(listConnectApiPermissions([{ path: '/public/v1/assets', methods: ['GET'] }, { other: 1 }])).toEqual([
      { path: '/public/v1/assets', access: 'methods: GET' },
      { path: '{"other":1}', access: null },
    ]);
  });
});
