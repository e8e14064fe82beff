import { createExtensionViaApi } from './api-helpers.ts';
import { expect, logIn, setEnvironmentStatus, test, uniqueName, VENDOR } from './fixtures.ts';

test('variables: a plain and a secure variable are added; the secure value is never shown', async ({ page }) => {
  const secret = `s3cr3t-${Math.random().toString(36).slice(2, 10)}`;
  const newSecret = `n3w-${Math.random().toString(36).slice(2, 10)}`;
  await logIn(page, VENDOR);
  const extension = await createExtensionViaApi(page, { name: uniqueName('Variables'), type: 'multiaccount' });

  await page.goto(`/extensions/${extension.id}`);
  const section = page.getByRole('tabpanel', { name: 'Development' }).getByRole('region', { name: 'Environment Variables' });
  await expect(section.getByText('No variables yet')).toBeVisible();
  const table = section.getByRole('table', { name: 'Development environment variables' });

  // The name is checked with the shared schema before anything is sent.
  await section.getByRole('button', { name: 'Add' }).click();
  const addDialog = page.getByRole('dialog', { name: 'Add variable' });
  await addDialog.getByLabel('Key').fill('1_NOT_A_NAME');
  await addDialog.getByLabel('Value', { exact: true }).fill('x');
  await addDialog.getByRole('button', { name: 'Save' }).click();
  await expect(addDialog.getByText(/^name may contain only .* must start with a letter$/)).toBeVisible();
  await expect(addDialog.getByLabel('Key')).toHaveAttribute('aria-invalid', 'true');
  await addDialog.getByLabel('Key').fill('API_URL');
  await addDialog.getByLabel('Value', { exact: true }).fill('https://api.example.com/v1');
  await addDialog.getByRole('button', { name: 'Save' }).click();
  await expect(addDialog).toBeHidden();
  await expect(table.getByRole('row', { name: /API_URL/ })).toContainText('https://api.example.com/v1');

  await section.getByRole('button', { name: 'Add' }).click();
  await addDialog.getByLabel('Key').fill('API_TOKEN');
  await addDialog.getByLabel('Value', { exact: true }).fill(secret);
  await addDialog.getByLabel('Secured').check();
  await addDialog.getByRole('button', { name: 'Save' }).click();
  await expect(addDialog).toBeHidden();
  const secureRow = table.getByRole('row', { name: /API_TOKEN/ });
  await expect(secureRow).toContainText('••••••');
  await expect(secureRow.getByRole('cell').nth(1)).toHaveText(/Yes/);
  expect(await page.content()).not.toContain(secret);

  // Editing a secure variable: the name is read-only and only an empty "new value" field is offered.
  await table.getByRole('button', { name: 'Edit API_TOKEN' }).click();
  const editDialog = page.getByRole('dialog', { name: 'Edit variable' });
  await expect(editDialog.getByLabel('Key')).toHaveValue('API_TOKEN');
  await expect(editDialog.getByLabel('Key')).not.toBeEditable();
  const newValue = editDialog.getByLabel('New value');
  await expect(newValue).toHaveValue('');
  await expect(newValue).toHaveAttribute('placeholder', 'Enter a new value');
  await expect(editDialog.getByLabel('Secured')).toBeChecked();
  await expect(editDialog.getByLabel('Secured')).toBeDisabled();
  expect(await page.content()).not.toContain(secret);
  await newValue.fill(newSecret);
  await editDialog.getByRole('button', { name: 'Save' }).click();
  await expect(editDialog).toBeHidden();
  await expect(secureRow).toContainText('••••••');
  expect(await page.content()).not.toContain(newSecret);

  // A taken name is refused by the server; its message shows under the Key field.
  await section.getByRole('button', { name: 'Add' }).click();
  await addDialog.getByLabel('Key').fill('API_URL');
  await addDialog.getByLabel('Value', { exact: true }).fill('other');
  await addDialog.getByRole('button', { name: 'Save' }).click();
  await expect(addDialog.getByLabel('Key')).toHaveAttribute('aria-invalid', 'true');
  await addDialog.getByRole('button', { name: 'Cancel' }).click();

  // Delete asks first, naming the variable and the environment.
  await table.getByRole('button', { name: 'More actions for API_URL' }).click();
  await page.getByRole('menuitem', { name: 'Delete' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete variable' });
  await expect(confirm).toContainText('Delete variable API_URL from the Development environment?');
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(confirm).toBeHidden();
  await expect(table.getByRole('row', { name: /API_URL/ })).toHaveCount(0);

  // The history lists who did what, never a value.
  await section.getByText('History').click();
  const history = section.getByRole('table', { name: 'Development variable history' });
  await expect(history.getByRole('row', { name: /API_URL.*Deleted/ })).toBeVisible();
  await expect(history.getByRole('row', { name: /API_TOKEN.*Changed/ })).toBeVisible();
  expect(await page.content()).not.toContain(secret);
  expect(await page.content()).not.toContain(newSecret);
});

test('variables: a change while a runner is connected marks the configuration changed', async ({ page }) => {
  await logIn(page, VENDOR);
  const extension = await createExtensionViaApi(page, { name: uniqueName('Config changed'), type: 'multiaccount' });
  await setEnvironmentStatus(extension.environments.production.id, 'connected');

  await page.goto(`/extensions/${extension.id}?env=production`);
  const panel = page.getByRole('tabpanel', { name: 'Production' });
  const environmentSection = panel.getByRole('region', { name: 'Environment', exact: true });
  await expect(environmentSection.getByText('Connected')).toBeVisible();
  await expect(environmentSection.getByText('Configuration changed')).toHaveCount(0);

  const section = panel.getByRole('region', { name: 'Environment Variables' });
  await section.getByRole('button', { name: 'Add' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add variable' });
  await dialog.getByLabel('Key').fill('FEATURE_FLAG');
  await dialog.getByLabel('Value', { exact: true }).fill('on');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(environmentSection.getByText('Configuration changed')).toBeVisible();
});
