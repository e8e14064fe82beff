import { describe, expect, it } from 'vitest';
import { safeNextPath } from './paths.ts';

describe('safeNextPath', () => {
  it('keeps same-site paths', () => {
    expect(safeNextPath('/extensions/SRVC-1234-5678?env=test')).toBe('/extensions/SRVC-1234-5678?env=test');
  });
  it.each([null, '', 'https://evil.example', '//evil.example', '/login?next=/x'])('falls back to Extensions for %s', (next) => {
    expect(safeNextPath(next)).toBe('/extensions');
  });
});
