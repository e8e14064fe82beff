import { createExtensionViaApi } from './api-helpers.ts';
import { expect, logIn, setEnvironmentStatus, test, uniqueName, VENDOR } from './fixtures.ts';

test('deleting an extension asks for confirmation, then removes it from the list', async ({ page }) => {
  const name = uniqueName('Disposable');
  await logIn(page, VENDOR);
  const extension = await createExtensionViaApi(page, { name, type: 'transformations' });

  await page.goto(`/extensions/${extension.id}`);
  await page.getByRole('button', { name: 'More actions' }).click();
  await page.getByRole('menuitem', { name: 'Delete' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete extension' });
  await expect(dialog).toContainText(name);

  // Cancelling keeps it.
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

  await page.getByRole('button', { name: 'More actions' }).click();
  await page.getByRole('menuitem', { name: 'Delete' }).click();
  await dialog.getByRole('button', { name: 'Delete' }).click();

  await expect(page).toHaveURL(/\/extensions$/);
  await page.getByRole('searchbox', { name: 'Search extensions by name' }).fill(name);
  await expect(page.getByText('No extensions match your search')).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(name) })).toHaveCount(0);
});

test('deleting is refused while an environment is connected, with the server message', async ({ page }) => {
  const name = uniqueName('Busy');
  await logIn(page, VENDOR);
  const extension = await createExtensionViaApi(page, { name, type: 'multiaccount' });
  await setEnvironmentStatus(extension.environments.development.id, 'connected');

  await page.goto(`/extensions/${extension.id}`);
  await expect(page.getByRole('region', { name: 'Environment', exact: true }).getByText('Connected')).toBeVisible();
  await page.getByRole('button', { name: 'More actions' }).click();
  await page.getByRole('menuitem', { name: 'Delete' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete extension' });
  await dialog.getByRole('button', { name: 'Delete' }).click();

  const alert = dialog.getByRole('alert');
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('Development');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await page.goto(`/extensions/${extension.id}`);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
});
