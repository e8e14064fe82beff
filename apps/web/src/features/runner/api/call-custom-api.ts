import { useMutation } from '@tanstack/react-query';
import { apiRawRequest, type RawResponse } from '../../../lib/api-client.ts';
import { customApiRoot } from '../lib/custom-api-methods.ts';
import type { CustomApiCall } from '../lib/custom-api-request.ts';

/** The extension's answer as it came, and how long the round trip through the platform took. */
export type CustomApiResult = RawResponse & { durationMs: number };

export type CallCustomApiInput = { extensionId: string; environmentId: string; call: CustomApiCall };

/** Calls one custom API method through the platform; an error status is an answer to show, not a failure. */
export async function callCustomApi({ extensionId, environmentId, call }: CallCustomApiInput): Promise<CustomApiResult> {
  const started = performance.now();
  const response = await apiRawRequest(`${customApiRoot(extensionId, environmentId)}${call.path}`, {
    method: call.method,
    query: call.query || undefined,
    body: call.body,
  });
  return { ...response, durationMs: Math.round(performance.now() - started) };
}

/** Nothing this console caches changes: the call reaches the extension's own data, so nothing is invalidated. */
export function useCallCustomApi() {
  return useMutation({ mutationFn: callCustomApi });
}
