import { describe, expect, it } from 'vitest';
import { defineExtension, ExtensionDefinitionError, isExtension } from './define-extension.ts';
import { fail, reschedule, skip, success } from './results.ts';

const ok = () => success();

describe('defineExtension', () => {
  it('returns a frozen extension the runner recognises', () => {
    const extension = defineExtension({ name: 'Demo' });
    expect(isExtension(extension)).toBe(true);
    expect(Object.isFrozen(extension)).toBe(true);
    expect(isExtension({ name: 'Demo' })).toBe(false);
  });

  it.each([
    ['a variable name the platform refuses', { variables: [{ name: '1ABC' }] }, /variable name/],
    ['a variable declared twice', { variables: [{ name: 'A' }, { name: 'A' }] }, /declared twice/],
    [
      'an interactive event declared as background',
      { events: { asset_purchase_request_validation: { category: 'background' as const, statuses: [], handler: ok } } },
      /delivered by Connect as interactive/,
    ],
    [
      'a background event without statuses',
      { events: { asset_purchase_request_processing: { category: 'background', handler: ok } as never } },
      /must list the statuses/,
    ],
    [
      'a schedulable declared twice',
      {
        schedulables: [
          { method: 'run', name: 'a', description: '', handler: ok },
          { method: 'run', name: 'b', description: '', handler: ok },
        ],
      },
      /declared twice/,
    ],
    ['a route path without a slash', { api: { routes: [{ method: 'GET' as const, path: 'hello', handler: () => ({}) }] } }, /must start with \//],
    [
      'the same route twice',
      {
        api: {
          routes: [
            { method: 'GET' as const, path: '/items/:id', handler: () => ({}) },
            { method: 'GET' as const, path: '/items/:name', handler: () => ({}) },
          ],
        },
      },
      /declared twice/,
    ],
  ])('refuses %s', (_, definition, message) => {
    expect(() => defineExtension(definition)).toThrow(ExtensionDefinitionError);
    expect(() => defineExtension(definition)).toThrow(message);
  });

  it('accepts event types it does not know, in either category', () => {
    expect(() => defineExtension({ events: { future_event_type: { category: 'interactive', handler: ok } } })).not.toThrow();
  });
});

describe('results', () => {
  it('raises a reschedule below 30 s to 30 s, as Connect does', () => {
    expect(reschedule(5)).toEqual({ result: 'reschedule', countdown: 30 });
    expect(reschedule(90.2)).toEqual({ result: 'reschedule', countdown: 91 });
    expect(reschedule()).toEqual({ result: 'reschedule', countdown: 30 });
    expect(() => reschedule(Number.NaN)).toThrow(RangeError);
  });

  it('builds the other results', () => {
    expect(success()).toEqual({ result: 'success' });
    expect(success({ ok: true }, { httpStatus: 201 })).toEqual({ result: 'success', body: { ok: true }, httpStatus: 201 });
    expect(fail('no stock')).toEqual({ result: 'fail', message: 'no stock' });
    expect(skip()).toEqual({ result: 'skip', message: null });
  });
});
