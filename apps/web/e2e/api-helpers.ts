import type { SessionInfo } from '@devops/contracts/auth';
import type { CreateExtensionRequest, Extension } from '@devops/contracts/extensions';
import type { CreateVariableRequest, Variable } from '@devops/contracts/variables';
import type { Page } from '@playwright/test';

/** The signed-in page's CSRF token, which mutations must carry. */
async function csrfToken(page: Page): Promise<string> {
  const me = await page.request.get('/public/v1/auth/me');
  if (!me.ok()) throw new Error(`GET /auth/me answered ${me.status()}`);
  return ((await me.json()) as SessionInfo).csrf_token;
}

/**
 * Creates an extension through the REST API with the page's session cookie, for specs whose
 * subject is not the Add Extension dialog.
 */
export async function createExtensionViaApi(page: Page, body: CreateExtensionRequest): Promise<Extension> {
  const response = await page.request.post('/public/v1/devops/services', {
    data: body,
    headers: { 'X-CSRF-Token': await csrfToken(page) },
  });
  if (response.status() !== 201) throw new Error(`Creating the extension answered ${response.status()}: ${await response.text()}`);
  return (await response.json()) as Extension;
}

/** Creates a variable in one environment through the REST API, for specs about other screens. */
export async function createVariableViaApi(
  page: Page,
  extensionId: string,
  environmentId: string,
  body: CreateVariableRequest,
): Promise<Variable> {
  const response = await page.request.post(`/public/v1/devops/services/${extensionId}/environments/${environmentId}/variables`, {
    data: body,
    headers: { 'X-CSRF-Token': await csrfToken(page) },
  });
  if (response.status() !== 201) throw new Error(`Creating the variable answered ${response.status()}: ${await response.text()}`);
  return (await response.json()) as Variable;
}
