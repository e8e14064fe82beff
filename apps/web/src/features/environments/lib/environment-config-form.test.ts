import type { Environment } from '@devops/contracts/environments';
import { describe, expect, it } from 'vitest';
import { environmentConfigSchema, toUpdateRequest, type EnvironmentConfigValues } from './environment-config-form.ts';

function environment(overrides: Partial<Environment> = {}): Environment {
  return { runtime: 'local', git: null, status: 'uninitialized', ...overrides } as Environment;
}

const cloud: EnvironmentConfigValues = {
  runtime: 'cloud',
  url: 'https://github.com/acme/ext.git',
  requires_auth: false,
  username: '',
  password: '',
  tag: 'v1',
};

describe('toUpdateRequest', () => {
  it('sends the runtime only when it changes', () => {
    expect(toUpdateRequest({ ...cloud, runtime: 'local' }, environment())).toEqual({});
    expect(toUpdateRequest(cloud, environment())).toEqual({
      runtime: 'cloud',
      git: { url: 'https://github.com/acme/ext.git', tag: 'v1', auth: null },
    });
  });

  it('keeps stored credentials when the password is left empty', () => {
    const current = environment({ runtime: 'cloud', git: { url: 'x', tag: 'v0', commit: null, auth: { username: 'bot' } } });
    const body = toUpdateRequest({ ...cloud, requires_auth: true, username: 'bot' }, current);
    expect(body.git).not.toHaveProperty('auth');
    expect(body).not.toHaveProperty('runtime');
  });

  it('sends new credentials', () => {
    const body = toUpdateRequest({ ...cloud, requires_auth: true, username: 'bot', password: 'pw' }, environment());
    expect(body.git?.auth).toEqual({ username: 'bot', password: 'pw' });
  });
});

describe('environmentConfigSchema', () => {
  it('requires a valid repository and tag in Cloud mode only', () => {
    expect(environmentConfigSchema.safeParse({ ...cloud, runtime: 'local', url: '', tag: '' }).success).toBe(true);
    const result = environmentConfigSchema.safeParse({ ...cloud, url: 'ftp://x', tag: '' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path[0]).sort()).toEqual(['tag', 'url']);
  });
});
