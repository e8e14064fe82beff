import { SetupRequest } from '@devops/contracts/runner-protocol';
import { buildSetupRequest } from '@devops/runner';
import { createTestHarness } from '@devops/runner/testing';
import { describe, expect, it } from 'vitest';
import extension from './index.ts';

const PURCHASE = 'asset_purchase_request_processing';
const pending = (params: Array<{ id: string; value?: string }> = []) => ({ id: 'PR-1', status: 'pending', asset: { id: 'AS-1', params } });

describe('sample extension: purchase requests', () => {
  it('approves a pending request', async () => {
    const harness = createTestHarness(extension);
    expect(await harness.runTask({ category: 'background', eventType: PURCHASE, data: pending() })).toMatchObject({ result: 'success', message: null });
    expect(harness.logs.join('\n')).toContain('with template TL-000-000-000');
  });

  it('fails with the message a request parameter asks for', async () => {
    const harness = createTestHarness(extension);
    const fromAsset = await harness.runTask({ category: 'background', eventType: PURCHASE, data: pending([{ id: 'fail', value: 'Out of licences' }]) });
    const fromRequest = await harness.runTask({ category: 'background', eventType: PURCHASE, data: { status: 'pending', params: [{ id: 'fail', value: '' }] } });

    expect(fromAsset).toMatchObject({ result: 'fail', message: 'Out of licences' });
    expect(fromRequest).toMatchObject({ result: 'fail', message: expect.stringMatching(/asked to fail/) });
  });

  it('can be asked for every other result', async () => {
    const harness = createTestHarness(extension);
    const run = (id: string, value?: string) => harness.runTask({ category: 'background', eventType: PURCHASE, data: pending([{ id, value }]) });

    expect(await run('reschedule', '120')).toMatchObject({ result: 'reschedule', countdown: 120 });
    expect(await run('skip')).toMatchObject({ result: 'skip' });
    expect(await run('crash')).toMatchObject({ result: 'retry', message: expect.stringMatching(/asked the handler to crash/) });
  });

  it('leaves requests in other statuses alone', async () => {
    const harness = createTestHarness(extension);
    expect((await harness.runTask({ category: 'background', eventType: PURCHASE, data: { status: 'approved' } })).result).toBe('skip');
  });
});

describe('sample extension: interactive events', () => {
  it('adds a validated_by parameter to a draft', async () => {
    const harness = createTestHarness(extension);
    const output = await harness.runTask({ category: 'interactive', eventType: 'asset_purchase_request_validation', data: { id: 'PR-1', params: [{ id: 'a', value: '1' }] } });
    expect(output.data).toEqual({
      http_status: 200,
      headers: null,
      body: { id: 'PR-1', params: [{ id: 'a', value: '1' }, { id: 'validated_by', value: 'devops-sample-extension' }] },
    });
  });

  it('echoes a custom event body', async () => {
    const harness = createTestHarness(extension);
    const output = await harness.runTask({ category: 'interactive', eventType: 'product_custom_event_processing', data: { order: 42 } });
    expect(output).toMatchObject({ result: 'success', data: { http_status: 200, body: { order: 42 } } });
  });
});

describe('sample extension: schedules', () => {
  it('runs both schedulable methods with their parameters', async () => {
    const harness = createTestHarness(extension);
    const run = (data: object) => harness.runTask({ category: 'scheduled', eventType: 'scheduled_execution', objectId: 'EFS-1', data });

    expect((await run({ id: 'EFS-1', method: 'refresh_cache' })).result).toBe('success');
    expect(await run({ id: 'EFS-1', method: 'sync_catalog', parameter: { fail: 'vendor down' } })).toMatchObject({ result: 'fail', message: 'vendor down' });
  });
});

describe('sample extension: custom API and declaration', () => {
  it('answers GET /hello and POST /echo, and 404 otherwise', async () => {
    const harness = createTestHarness(extension, { environmentId: 'ENV-1234-5678-01' });

    expect((await harness.callApi('GET', '/hello')).body).toEqual({ message: 'Hello from DevOps Sample Extension', environment: 'ENV-1234-5678-01' });
    expect(await harness.callApi('POST', '/echo', { body: { ping: 'pong' } })).toMatchObject({ status: 200, body: { ping: 'pong' } });
    expect((await harness.callApi('POST', '/echo', { body: 'text' })).status).toBe(400);
    expect((await harness.callApi('GET', '/missing')).status).toBe(404);
    expect(await harness.callApi('GET', '/static/settings.html')).toMatchObject({ status: 200, body: expect.stringContaining('Sample extension settings') });
  });

  it('declares what the Extension Details screen shows', () => {
    const request = buildSetupRequest(extension, '0.1.0');
    expect(SetupRequest.safeParse(request).success).toBe(true);
    expect(request).toMatchObject({
      event_subscriptions: { asset_purchase_request_processing: ['pending'], asset_purchase_request_validation: [], product_custom_event_processing: [] },
      variables: [
        { name: 'TEMPLATE_ID', initial_value: 'TL-000-000-000', secure: false },
        { name: 'API_TOKEN', initial_value: 'changeme', secure: true },
      ],
      schedulables: [{ method: 'refresh_cache' }, { method: 'sync_catalog' }],
      ui_modules: { settings: { label: 'Settings', url: '/static/settings.html' } },
      proxied_connect_api: ['/public/v1/marketplaces'],
      audience: ['vendor'],
    });
  });
});
