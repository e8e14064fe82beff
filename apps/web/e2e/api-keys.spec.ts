import { expect, logIn, test, uniqueName, VENDOR } from './fixtures.ts';

test('an API key is created, shown once, and revoked', async ({ page }) => {
  const name = uniqueName('CI key');
  await logIn(page, VENDOR);
  await page.getByRole('link', { name: 'Account settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'API keys' })).toBeVisible();

  await page.getByRole('button', { name: 'Create API key' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Create API key' });
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByLabel('Role').selectOption('developer');
  await dialog.getByRole('button', { name: 'Create' }).click();

  const created = page.getByRole('dialog', { name: 'API key created' });
  await expect(created.getByText("you won't see it again")).toBeVisible();
  const keyField = created.getByLabel('API key');
  await expect(keyField).toHaveValue(/^ApiKey SU-\d{3}-\d{3}-\d{3}:.{20,}/);
  const key = await keyField.inputValue();
  await expect(created.getByRole('button', { name: 'Copy API key' })).toBeVisible();
  await created.getByRole('button', { name: 'Done' }).click();

  const row = page.getByRole('row', { name: new RegExp(name) });
  await expect(row).toBeVisible();
  await expect(row.getByRole('cell', { name: 'Developer' })).toBeVisible();
  await expect(row.getByRole('cell', { name: 'Never' })).toBeVisible();
  // The secret is not shown anywhere once the dialog is closed.
  await expect(page.getByText(key.split(':')[1] ?? key)).toHaveCount(0);

  await row.getByRole('button', { name: `Revoke ${name}` }).click();
  const confirm = page.getByRole('dialog', { name: 'Revoke API key' });
  await expect(confirm).toContainText(name);
  await confirm.getByRole('button', { name: 'Revoke' }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByRole('row', { name: new RegExp(name) })).toHaveCount(0);
});
