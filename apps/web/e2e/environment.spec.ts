import { createExtensionViaApi } from './api-helpers.ts';
import { expect, logIn, setEnvironmentStatus, test, uniqueName, VENDOR } from './fixtures.ts';

test('switching the mode is refused while connected; stopping then allows it', async ({ page }) => {
  const name = uniqueName('Modes');
  await logIn(page, VENDOR);
  const extension = await createExtensionViaApi(page, { name, type: 'multiaccount' });
  await setEnvironmentStatus(extension.environments.test.id, 'connected');

  await page.goto(`/extensions/${extension.id}?env=test`);
  const panel = page.getByRole('tabpanel', { name: 'Test' });
  const section = panel.getByRole('region', { name: 'Environment', exact: true });
  await expect(section.getByText('Connected')).toBeVisible();

  // Local → Cloud through the wizard: Mode, Repository, Tag, then save.
  await section.getByRole('button', { name: 'Edit' }).click();
  const wizard = page.getByRole('dialog', { name: 'Configure Test environment' });
  await wizard.getByRole('radio', { name: 'Cloud' }).check();
  await wizard.getByRole('button', { name: 'Next' }).click();
  await wizard.getByLabel('Git Repository URL').fill('not a url');
  await wizard.getByRole('button', { name: 'Next' }).click();
  await expect(wizard.getByText('git.url must be an http(s) or ssh repository address')).toBeVisible();
  await wizard.getByLabel('Git Repository URL').fill('https://github.com/acme/extension.git');
  await wizard.getByLabel('Requires authorization').check();
  await wizard.getByLabel('Username').fill('ci-bot');
  await wizard.getByLabel('Password').fill('s3cret-token');
  await wizard.getByRole('button', { name: 'Next' }).click();
  await wizard.getByLabel('Tag').fill('v1.0.0');
  await wizard.getByRole('button', { name: 'Save' }).click();

  const alert = wizard.getByRole('alert');
  await expect(alert).toContainText('Test environment is connected');
  await wizard.getByRole('button', { name: 'Cancel' }).click();
  await expect(section.getByText('Local', { exact: true })).toBeVisible();

  // Stop (confirmed), then the switch goes through and the summary shows the new configuration.
  await section.getByRole('button', { name: 'Stop' }).click();
  const confirm = page.getByRole('dialog', { name: 'Stop the Test environment?' });
  await confirm.getByRole('button', { name: 'Stop' }).click();
  await expect(confirm).toBeHidden();
  await expect(section.getByText('Stopped')).toBeVisible();

  await section.getByRole('button', { name: 'Edit' }).click();
  await wizard.getByRole('radio', { name: 'Cloud' }).check();
  await wizard.getByRole('button', { name: 'Next' }).click();
  await wizard.getByLabel('Git Repository URL').fill('https://github.com/acme/extension.git');
  await wizard.getByRole('button', { name: 'Next' }).click();
  await wizard.getByLabel('Tag').fill('v1.0.0');
  await wizard.getByRole('button', { name: 'Save' }).click();
  await expect(wizard.getByText('The environment configuration was saved.')).toBeVisible();
  await expect(wizard.getByText('https://github.com/acme/extension.git')).toBeVisible();
  await wizard.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(section.getByText('Cloud', { exact: true })).toBeVisible();
  await expect(section.getByText('v1.0.0')).toBeVisible();
});
