import { describe, expect, it } from 'vitest';
import { CreateVariableRequest, VARIABLE_NAME_PATTERN } from './variables.ts';

describe('variable names', () => {
  it("follows Connect's rule", () => {
    for (const name of ['A', 'ASSET_REQUEST_APPROVE_TEMPLATE_ID', 'a.b-c_d', 'x1']) expect(VARIABLE_NAME_PATTERN.test(name)).toBe(true);
    for (const name of ['', '1A', '_A', 'API KEY', 'A!', 'Ä']) expect(VARIABLE_NAME_PATTERN.test(name)).toBe(false);
  });

  it('rejects a long near-miss name at once (no catastrophic backtracking)', () => {
    const started = performance.now();
    expect(CreateVariableRequest.safeParse({ name: `${'A'.repeat(255)}!`, value: 'x' }).success).toBe(false);
    expect(performance.now() - started).toBeLessThan(50);
  });
});
