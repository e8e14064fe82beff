import type { SessionInfo } from '@devops/contracts/auth';
import type { CreateExtensionRequest, Extension } from '@devops/contracts/extensions';
import type { Page } from '@playwright/test';

/**
 * Creates an extension through the REST API with the page's session cookie, for specs whose
 * subject is not the Add Extension dialog.
 */
export async function createExtensionViaApi(page: Page, body: CreateExtensionRequest): Promise<Extension> {
  const me = await page.request.get('/public/v1/auth/me');
  if (!me.ok()) throw new Error(`GET /auth/me answered ${me.status()}`);
  const session = (await me.json()) as SessionInfo;
  const response = await page.request.post('/public/v1/devops/services', {
    data: body,
    headers: { 'X-CSRF-Token': session.csrf_token },
  });
  if (response.status() !== 201) throw new Error(`Creating the extension answered ${response.status()}: ${await response.text()}`);
  return (await response.json()) as Extension;
}
