import { createExtensionViaApi, createVariableViaApi } from './api-helpers.ts';
import { expect, logIn, test, uniqueName, VENDOR } from './fixtures.ts';

test('variables compare: differences are shown and a variable is copied from Development to Test', async ({ page }) => {
  await logIn(page, VENDOR);
  const extension = await createExtensionViaApi(page, { name: uniqueName('Compare'), type: 'multiaccount' });
  const { development, test: testEnv, production } = extension.environments;
  for (const env of [development, testEnv, production]) {
    await createVariableViaApi(page, extension.id, env.id, { name: 'SHARED', value: 'same everywhere', secure: false });
  }
  await createVariableViaApi(page, extension.id, development.id, { name: 'LOG_LEVEL', value: 'debug', secure: false });
  await createVariableViaApi(page, extension.id, testEnv.id, { name: 'LOG_LEVEL', value: 'info', secure: false });
  await createVariableViaApi(page, extension.id, production.id, { name: 'LOG_LEVEL', value: 'debug', secure: false });
  await createVariableViaApi(page, extension.id, development.id, { name: 'DEV_TOKEN', value: 'tok-hidden-1', secure: true });

  await page.goto(`/extensions/${extension.id}`);
  await page.getByRole('link', { name: 'Compare environments' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Compare environment variables' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Variables by environment' });

  const shared = table.getByRole('row', { name: /SHARED/ });
  await expect(shared.getByRole('cell').last()).toHaveText(/Same/);
  const logLevel = table.getByRole('row', { name: /LOG_LEVEL/ });
  await expect(logLevel).toContainText('Different');
  // Test is the odd one out.
  await expect(logLevel.locator('td[data-differs]')).toHaveCount(1);
  await expect(logLevel.locator('td[data-differs]')).toContainText('info');
  const token = table.getByRole('row', { name: /DEV_TOKEN/ });
  await expect(token).toContainText('Secured');
  await expect(token).toContainText('Missing in Test, Production');
  expect(await page.content()).not.toContain('tok-hidden-1');

  await page.getByRole('radio', { name: /^Missing somewhere/ }).check();
  await expect(table.getByRole('row')).toHaveCount(2); // header + DEV_TOKEN
  await page.getByRole('radio', { name: /^All/ }).check();
  await page.getByRole('searchbox', { name: 'Search variables by name' }).fill('log_');
  await expect(table.getByRole('row')).toHaveCount(2); // header + LOG_LEVEL
  await page.getByRole('searchbox', { name: 'Search variables by name' }).fill('');

  await table.getByRole('checkbox', { name: 'Select DEV_TOKEN' }).check();
  await page.getByRole('button', { name: 'Copy to…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Copy variables' });
  await dialog.getByLabel('Source environment').selectOption({ label: 'Development' });
  await dialog.getByLabel('Target environment').selectOption({ label: 'Test' });
  await expect(dialog).toContainText('DEV_TOKEN');
  await dialog.getByRole('button', { name: 'Copy' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Copied 1 variable to Test', { exact: true })).toBeVisible();
  await expect(token).toContainText('Missing in Production');

  // Copying again without Overwrite is refused with the server's message.
  await table.getByRole('checkbox', { name: 'Select DEV_TOKEN' }).check();
  await page.getByRole('button', { name: 'Copy to…' }).click();
  await dialog.getByLabel('Target environment').selectOption({ label: 'Test' });
  await expect(dialog.getByText('Without Overwrite the copy is refused.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Copy' }).click();
  await expect(dialog.getByRole('alert')).toContainText('DEV_TOKEN');
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('link', { name: /Back to/ }).click();
  await page.getByRole('tab', { name: 'Test' }).click();
  const testSection = page.getByRole('tabpanel', { name: 'Test' }).getByRole('region', { name: 'Environment Variables' });
  const copied = testSection.getByRole('row', { name: /DEV_TOKEN/ });
  await expect(copied).toContainText('••••••');
});
