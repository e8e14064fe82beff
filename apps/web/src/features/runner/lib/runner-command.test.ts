import { describe, expect, it } from 'vitest';
import { runnerCommand } from './runner-command.ts';

describe('runnerCommand', () => {
  it('fills in the environment, the key and the server', () => {
    const apiKey = 'ApiKey SU-123-456-789:s3cr$&t';
    expect(runnerCommand({ environmentId: 'ENV-1234-5678-01', apiKey, server: 'http://127.0.0.1:8080' })).toBe(
      `pnpm runner --environment ENV-1234-5678-01 --api-key "${apiKey}" --server http://127.0.0.1:8080 ./packages/sample-extension`,
    );
  });
  it('shows the placeholder until a key exists', () => {
    expect(runnerCommand({ environmentId: 'ENV-1234-5678-02', server: 'https://devops.example.com' })).toContain(
      '--api-key "ApiKey SU-…:…"',
    );
  });
});
