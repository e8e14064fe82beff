import { describe, expect, it } from 'vitest';
import { defineExtension } from '../sdk/define-extension.ts';
import { fail, reschedule, retry, success } from '../sdk/results.ts';
import type { ConnectObject } from '../sdk/types.ts';
import { createTestHarness } from '../testing/harness.ts';

const PURCHASE = 'asset_purchase_request_processing';
const REQUEST_DEFINITION = {
  event_type: PURCHASE,
  api_resource_endpoint: 'requests/{pk}',
  api_collection_endpoint: 'requests',
  api_collection_filter: 'and(eq(id,${_object_id_}),in(status,${_statuses_}))',
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function buildExtension(handlers: { background?: (object: ConnectObject) => unknown; interactive?: (data: ConnectObject) => unknown } = {}) {
  return defineExtension({
    variables: [{ name: 'GREETING', initialValue: 'hello' }],
    events: {
      [PURCHASE]: { category: 'background', statuses: ['pending'], handler: async (_ctx, request) => (handlers.background?.(request) ?? success()) as never },
      asset_purchase_request_validation: { category: 'interactive', handler: async (_ctx, data) => (handlers.interactive?.(data) ?? success(data)) as never },
      product_custom_event_processing: { category: 'interactive', handler: async (_ctx, data) => (handlers.interactive?.(data) ?? success(data)) as never },
    },
    schedulables: [{ method: 'refresh_cache', name: 'Refresh', description: '', handler: (ctx, params) => fail(`${ctx.schedule.id}:${JSON.stringify(params)}`) }],
  });
}

describe('runTask: background', () => {
  it('hands the inlined object to the handler and reports success', async () => {
    let seen: ConnectObject | undefined;
    const harness = createTestHarness(buildExtension({ background: (request) => ((seen = request), success()) }));

    const output = await harness.runTask({ category: 'background', eventType: PURCHASE, data: { id: 'PR-1', status: 'pending' } });

    expect(seen).toEqual({ id: 'PR-1', status: 'pending' });
    expect(output).toMatchObject({ result: 'success', data: null, countdown: 0, message: null });
    expect(output.runtime).toBeGreaterThanOrEqual(0);
  });

  it.each([
    ['fail', fail('out of stock'), { result: 'fail', message: 'out of stock', countdown: 0 }],
    ['reschedule', reschedule(45), { result: 'reschedule', countdown: 45, message: null }],
    ['retry', retry('vendor API down'), { result: 'retry', message: 'vendor API down' }],
  ])('passes a %s result through', async (_, result, expected) => {
    const harness = createTestHarness(buildExtension({ background: () => result }));
    expect(await harness.runTask({ category: 'background', eventType: PURCHASE, data: { status: 'pending' } })).toMatchObject(expected);
  });

  it('answers retry with the error when the handler throws or returns nonsense', async () => {
    const crashing = createTestHarness(buildExtension({ background: () => Promise.reject(new Error('vendor API exploded')) }));
    const confused = createTestHarness(buildExtension({ background: () => ({ status: 'ok' }) }));

    const crash = await crashing.runTask({ category: 'background', eventType: PURCHASE, data: { status: 'pending' } });
    const nonsense = await confused.runTask({ category: 'background', eventType: PURCHASE, data: { status: 'pending' } });

    expect(crash.result).toBe('retry');
    expect(crash.message).toMatch(/^Error: vendor API exploded\n/);
    expect(nonsense).toMatchObject({ result: 'retry', message: expect.stringMatching(/invalid result/) });
  });

  it('skips an object whose status the extension does not process', async () => {
    const harness = createTestHarness(buildExtension());
    expect(await harness.runTask({ category: 'background', eventType: PURCHASE, data: { status: 'approved' } })).toMatchObject({
      result: 'skip',
      message: 'The request status does not match the supported statuses: pending.',
    });
  });

  it('reads the object through the API like Connect’s runner when it is not inlined', async () => {
    const calls: Array<{ url: string; authorization: string | null }> = [];
    const fetch: typeof globalThis.fetch = async (input, init) => {
      const url = String(input);
      calls.push({ url, authorization: new Headers(init?.headers).get('authorization') });
      if (url.includes('?')) return new Response('[]', { headers: { 'content-range': 'items 0-0/1' } });
      return Response.json({ id: 'PR-0000-0000-0000-003', status: 'pending' });
    };
    let seen: ConnectObject | undefined;
    const harness = createTestHarness(buildExtension({ background: (request) => ((seen = request), success()) }), { fetch, eventDefinitions: [REQUEST_DEFINITION] });

    const output = await harness.runTask({ category: 'background', eventType: PURCHASE, objectId: 'PR-0000-0000-0000-003' });

    expect(output.result).toBe('success');
    expect(seen).toEqual({ id: 'PR-0000-0000-0000-003', status: 'pending' });
    // The same two calls as captures 09 and 10.
    expect(calls).toEqual([
      {
        url: 'http://platform.invalid/public/v1/requests?and(eq(id,PR-0000-0000-0000-003),in(status,(pending)))&limit=0&offset=0',
        authorization: 'ApiKey SU-000-000-000:test',
      },
      { url: 'http://platform.invalid/public/v1/requests/PR-0000-0000-0000-003', authorization: 'ApiKey SU-000-000-000:test' },
    ]);
  });

  it('skips when the collection count says the status moved on, and retries without an event definition', async () => {
    const fetch: typeof globalThis.fetch = async () => new Response('[]', { headers: { 'content-range': 'items 0-0/0' } });
    const moved = createTestHarness(buildExtension(), { fetch, eventDefinitions: [REQUEST_DEFINITION] });
    const undefinedEvent = createTestHarness(buildExtension(), { fetch });

    expect((await moved.runTask({ category: 'background', eventType: PURCHASE })).result).toBe('skip');
    expect(await undefinedEvent.runTask({ category: 'background', eventType: PURCHASE })).toMatchObject({
      result: 'retry',
      message: expect.stringMatching(/no event definition for asset_purchase_request_processing/),
    });
  });

  it('gives up after the background timeout, aborts the handler and asks for a retry', async () => {
    let signal: AbortSignal | undefined;
    const extension = defineExtension({
      events: { [PURCHASE]: { category: 'background', statuses: [], handler: async (ctx) => ((signal = ctx.signal), await sleep(1_000), success()) } },
    });
    const harness = createTestHarness(extension, { timeouts: { background: 50 } });

    const output = await harness.runTask({ category: 'background', eventType: PURCHASE, data: {} });

    expect(output).toMatchObject({ result: 'retry', message: expect.stringMatching(/did not finish within 0.05 s/) });
    expect(output.runtime).toBeLessThan(0.5);
    expect(signal?.aborted).toBe(true);
  });
});

describe('runTask: interactive', () => {
  it('answers with the HTTP reply of the handler', async () => {
    const harness = createTestHarness(buildExtension({ interactive: (data) => success({ ...data, checked: true }) }));
    const output = await harness.runTask({ category: 'interactive', eventType: 'asset_purchase_request_validation', data: { id: 'PR-1' } });
    expect(output).toMatchObject({ result: 'success', data: { http_status: 200, headers: null, body: { id: 'PR-1', checked: true } }, message: null });
  });

  it('fails a crash with a 400 for HTTP callers, without an answer for validations', async () => {
    const harness = createTestHarness(buildExtension({ interactive: () => Promise.reject(new TypeError('bad body')) }));

    const custom = await harness.runTask({ category: 'interactive', eventType: 'product_custom_event_processing', data: {} });
    const validation = await harness.runTask({ category: 'interactive', eventType: 'asset_purchase_request_validation', data: {} });

    expect(custom).toMatchObject({ result: 'fail', data: { http_status: 400, headers: null, body: expect.stringMatching(/^TypeError: bad body/) } });
    expect(validation).toMatchObject({ result: 'fail', data: null, message: expect.stringMatching(/^TypeError: bad body/) });
  });

  it('fails after the interactive timeout', async () => {
    const harness = createTestHarness(buildExtension({ interactive: () => sleep(1_000) }), { timeouts: { interactive: 30 } });
    const output = await harness.runTask({ category: 'interactive', eventType: 'product_custom_event_processing', data: {} });
    expect(output).toMatchObject({ result: 'fail', data: { http_status: 400 }, message: expect.stringMatching(/did not finish within 0.03 s/) });
  });

  it('fails an event type the extension does not handle', async () => {
    const harness = createTestHarness(buildExtension());
    expect(await harness.runTask({ category: 'interactive', eventType: 'product_action_execution' })).toMatchObject({
      result: 'fail',
      message: 'The extension does not handle product_action_execution events',
    });
  });

  it('sees variables pushed by the platform', async () => {
    const extension = defineExtension({
      variables: [{ name: 'GREETING', initialValue: 'hello' }],
      events: { product_custom_event_processing: { category: 'interactive', handler: (ctx) => success(ctx.variables.GREETING) } },
    });
    const harness = createTestHarness(extension);
    const run = () => harness.runTask({ category: 'interactive', eventType: 'product_custom_event_processing' });

    expect((await run()).data).toMatchObject({ body: 'hello' });
    harness.state.apply({ variables: [{ name: 'GREETING', value: 'bonjour', secure: false }] });
    expect((await run()).data).toMatchObject({ body: 'bonjour' });
  });
});

describe('runTask: scheduled', () => {
  it('runs the schedule’s method with its parameter, reading the schedule when it is not inlined', async () => {
    const urls: string[] = [];
    const fetch: typeof globalThis.fetch = async (input) => {
      urls.push(String(input));
      return Response.json({ id: 'EFS-1', method: 'refresh_cache', parameter: '{"depth":2}' });
    };
    const harness = createTestHarness(buildExtension(), { fetch, serviceId: 'SRVC-1', environmentId: 'ENV-1' });

    const inline = await harness.runTask({ category: 'scheduled', eventType: 'scheduled_execution', objectId: 'EFS-1', data: { id: 'EFS-1', method: 'refresh_cache' } });
    const fetched = await harness.runTask({ category: 'scheduled', eventType: 'scheduled_execution', objectId: 'EFS-1' });

    expect(inline).toMatchObject({ result: 'fail', message: 'EFS-1:{}', data: null });
    expect(fetched).toMatchObject({ result: 'fail', message: 'EFS-1:{"depth":2}' });
    expect(urls).toEqual(['http://platform.invalid/public/v1/devops/services/SRVC-1/environments/ENV-1/schedules/EFS-1']);
  });

  it('fails a schedule naming a method the extension lacks', async () => {
    const harness = createTestHarness(buildExtension());
    const output = await harness.runTask({ category: 'scheduled', eventType: 'scheduled_execution', data: { method: 'vanished' } });
    expect(output).toMatchObject({ result: 'fail', message: "The extension has no schedulable method 'vanished'" });
  });
});
