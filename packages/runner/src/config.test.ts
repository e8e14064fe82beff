import { describe, expect, it } from 'vitest';
import { ConfigError, loadRunnerConfig, normalizeApiKey, resolveServer, type RunnerConfig } from './config.ts';

const ENV = { ENVIRONMENT_ID: 'ENV-1234-5678-01', API_KEY: 'ApiKey SU-1:secret' };
const load = (argv: string[], env: NodeJS.ProcessEnv = ENV) => loadRunnerConfig(argv, env) as RunnerConfig;

describe('loadRunnerConfig', () => {
  it('reads the environment variables Connect’s runner uses, with Connect’s timeouts', () => {
    const config = load([], { ...ENV, SERVER_ADDRESS: 'http://localhost:3000', INSTANCE_ID: 'INS-fixed' });
    expect(config).toEqual({
      environmentId: 'ENV-1234-5678-01',
      apiKey: 'ApiKey SU-1:secret',
      instanceId: 'INS-fixed',
      wsBaseUrl: 'ws://localhost:3000',
      apiBaseUrl: 'http://localhost:3000/public/v1',
      extensionPath: '.',
      webTaskSocket: 'interactive',
      timeouts: { background: 300_000, interactive: 120_000, scheduled: 43_200_000 },
      shutdownGraceMs: 30_000,
      logLevel: 'INFO',
    });
  });

  it('prefers options to variables', () => {
    const config = load(
      ['-e', 'ENV-9-9-02', '--api-key', 'SU-2:other', '--server', 'https://devops.example.com', '--background-timeout', '1.5', '--web-task-socket', 'webapp', 'ext/index.ts'],
      { ...ENV, BACKGROUND_TASK_MAX_EXECUTION_TIME: '10' },
    );
    expect(config).toMatchObject({
      environmentId: 'ENV-9-9-02',
      apiKey: 'ApiKey SU-2:other',
      wsBaseUrl: 'wss://devops.example.com',
      extensionPath: 'ext/index.ts',
      webTaskSocket: 'webapp',
      timeouts: { background: 1_500 },
    });
  });

  it('tolerates the `--` that `pnpm start -- …` forwards', () => {
    expect(load(['.', '--', '--server', 'http://h:1']).wsBaseUrl).toBe('ws://h:1');
  });

  it('generates one INS- instance id when none is given', () => {
    expect(load([]).instanceId).toMatch(/^INS-[0-9a-f]{12}$/);
  });

  it.each([
    ['no environment', [], { API_KEY: 'k' }, /environment id is required/],
    ['a malformed environment', ['-e', 'PROD'], ENV, /looks like ENV-/],
    ['a negative timeout', ['--interactive-timeout=-1'], ENV, /must be positive/],
    ['an unknown option', ['--verbose'], ENV, /Unknown option/],
    ['an unknown log level', ['--log-level', 'LOUD'], ENV, /unknown log level/],
  ])('refuses %s', (_, argv, env, message) => {
    expect(() => loadRunnerConfig(argv, env)).toThrow(ConfigError);
    expect(() => loadRunnerConfig(argv, env)).toThrow(message);
  });

  it('answers help', () => {
    expect(loadRunnerConfig(['--help'], {})).toBe('help');
  });
});

describe('server addresses and keys', () => {
  it('maps schemes to WebSocket and HTTP bases; a bare host means TLS', () => {
    expect(resolveServer('http://127.0.0.1:3000/')).toEqual({ ws: 'ws://127.0.0.1:3000', http: 'http://127.0.0.1:3000' });
    expect(resolveServer('api.example.com')).toEqual({ ws: 'wss://api.example.com', http: 'https://api.example.com' });
    expect(resolveServer('wss://h/prefix')).toEqual({ ws: 'wss://h/prefix', http: 'https://h/prefix' });
    expect(() => resolveServer('ftp://h')).toThrow(ConfigError);
  });

  it('adds the ApiKey prefix only when it is missing', () => {
    expect(normalizeApiKey('SU-000-000-000:0123')).toBe('ApiKey SU-000-000-000:0123');
    expect(normalizeApiKey('ApiKey SU-000-000-000:0123')).toBe('ApiKey SU-000-000-000:0123');
  });
});
