import { describe, expect, it } from 'vitest';
import { listUiComponents } from './ui-components.ts';

describe('listUiComponents', () => {
  it('reads nothing declared as no components', () => {
    expect(listUiComponents(null)).toEqual([]);
    expect(listUiComponents({})).toEqual([]);
  });
  it('reads {label, url} entries keyed by integration point', () => {
    expect(listUiComponents({ settings: { label: 'Settings', url: '/static/settings.html' } })).toEqual([
      { id: 'settings-0', integrationPoint: 'settings', label: 'Settings', url: '/static/settings.html' },
    ]);
  });
  it('reads lists, bare URLs, children, and entries without a label', () => {
    const components = listUiComponents({
      admins: [{ label: 'Overview', url: '/static/admin.html' }, { url: '/static/other.html' }],
      customer: '/static/customer.html',
      modules: { label: 'Main', url: '/static/main.html', children: [{ label: 'Reports', url: '/static/reports.html' }] },
    });
    expect(components.map(({ integrationPoint, label, url }) => [integrationPoint, label, url])).toEqual([
      ['admins', 'Overview', '/static/admin.html'],
      ['admins', 'admins', '/static/other.html'],
      ['customer', 'customer', '/static/customer.html'],
      ['modules', 'Main', '/static/main.html'],
      ['modules', 'Main › Reports', '/static/reports.html'],
    ]);
    expect(new Set(components.map((component) => component.id)).size).toBe(components.length);
  });
});
