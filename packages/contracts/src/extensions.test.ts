import { describe, expect, it } from 'vitest';
import { CreateExtensionRequest, PACKAGE_ID_PATTERN } from './extensions.ts';

describe('CreateExtensionRequest', () => {
  it('accepts a three-part package id and refuses others', () => {
    expect(PACKAGE_ID_PATTERN.test('cloudblue.connect.package')).toBe(true);
    expect(PACKAGE_ID_PATTERN.test('com.cloudblue.extension-001')).toBe(true);
    expect(PACKAGE_ID_PATTERN.test('two.parts')).toBe(false);
    expect(PACKAGE_ID_PATTERN.test('a.b.c.d')).toBe(false);
    expect(PACKAGE_ID_PATTERN.test('a..c')).toBe(false);
  });

  it('trims the name and rejects unknown fields', () => {
    expect(CreateExtensionRequest.parse({ name: '  Spaced  ', type: 'hub' }).name).toBe('Spaced');
    const result = CreateExtensionRequest.safeParse({ name: 'x', type: 'hub', extra: 1 });
    expect(result.success).toBe(false);
  });

  it('accepts only PNG, JPEG or WebP data URLs as icons', () => {
    expect(CreateExtensionRequest.safeParse({ name: 'x', type: 'hub', icon: 'data:image/png;base64,AAAA' }).success).toBe(true);
    expect(CreateExtensionRequest.safeParse({ name: 'x', type: 'hub', icon: 'data:image/svg+xml;base64,AAAA' }).success).toBe(false);
    expect(CreateExtensionRequest.safeParse({ name: 'x', type: 'hub', icon: 'https://example.com/a.png' }).success).toBe(false);
  });
});
