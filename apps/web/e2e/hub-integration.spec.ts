import { DISTRIBUTOR, expect, logIn, test, uniqueName, VENDOR } from './fixtures.ts';

test('Hub Integration is unavailable to a vendor, with the reason', async ({ page }) => {
  await logIn(page, VENDOR);
  await page.getByRole('button', { name: 'Add Extension' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Add Extension' });

  const hub = dialog.getByRole('radio', { name: 'Hub Integration' });
  await expect(hub).toBeDisabled();
  await expect(dialog.getByText('Available only for distributor and reseller accounts')).toBeVisible();
  await expect(dialog.getByRole('radio', { name: 'Fulfillment Automation' })).toBeEnabled();
});

test('a distributor creates a Hub Integration with a hub and a valid package id', async ({ page }) => {
  const name = uniqueName('Hub');
  await logIn(page, DISTRIBUTOR);
  await page.getByRole('button', { name: 'Add Extension' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Add Extension' });

  await expect(dialog.getByRole('radio', { name: 'Fulfillment Automation' })).toBeDisabled();
  await expect(dialog.getByText('Available only for vendor accounts')).toBeVisible();

  await dialog.getByLabel('Name').fill(name);
  await dialog.getByRole('radio', { name: 'Hub Integration' }).check();
  const hubSelect = dialog.getByLabel('Hub', { exact: true });
  await expect(hubSelect.locator('option')).not.toHaveCount(1);
  await hubSelect.selectOption({ index: 1 });

  const packageId = dialog.getByLabel('Package ID');
  await packageId.fill('not-a-package');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText('package_id must have the form cloudblue.connect.package')).toBeVisible();
  await expect(packageId).toHaveAttribute('aria-invalid', 'true');

  const suffix = Math.random().toString(36).slice(2, 8);
  await packageId.fill(`initech.e2e${suffix}.hub`);
  await dialog.getByRole('button', { name: 'Save' }).click();

  await expect(page).toHaveURL(/\/extensions\/SRVC-\d{4}-\d{4}/);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByText('Hub Integration', { exact: true })).toBeVisible();
  await expect(page.getByText(`initech.e2e${suffix}.hub`)).toBeVisible();
});
