import { expect, logIn, test, uniqueName, VENDOR } from './fixtures.ts';
import { tinyPng } from './png.ts';

test('a vendor creates a Fulfillment Automation extension with a product and an image', async ({ page }) => {
  const name = uniqueName('Fulfillment');
  await logIn(page, VENDOR);

  await page.getByRole('button', { name: 'Add Extension' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Add Extension' });
  await expect(dialog).toBeVisible();

  await dialog.getByLabel('Name').fill(name);
  await dialog.getByLabel('Upload image').setInputFiles({ name: 'icon.png', mimeType: 'image/png', buffer: tinyPng([30, 120, 220]) });
  await expect(dialog.getByRole('img', { name: 'Image preview' })).toBeVisible();

  await dialog.getByRole('radio', { name: 'Fulfillment Automation' }).check();
  // Nothing chosen yet: the form says what is missing.
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText('Choose at least one product')).toBeVisible();

  const products = dialog.getByRole('group', { name: 'Products' }).getByRole('checkbox');
  await expect(products.first()).toBeVisible();
  await products.first().check();
  await dialog.getByRole('button', { name: 'Save' }).click();

  // Saving opens the new extension.
  await expect(page).toHaveURL(/\/extensions\/SRVC-\d{4}-\d{4}/);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByText('Fulfillment Automation')).toBeVisible();
  const image = page.getByRole('img', { name: `${name} image` });
  await expect(image).toBeVisible();
  await expect(image).toHaveAttribute('src', /\/icon/);
  // The image decodes after the element appears: wait until the browser has loaded it.
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);

  // Its three environments exist and are uninitialized.
  for (const tab of ['Development', 'Test', 'Production']) {
    await page.getByRole('tab', { name: tab }).click();
    const panel = page.getByRole('tabpanel', { name: tab });
    const section = panel.getByRole('region', { name: 'Environment', exact: true });
    await expect(section.getByText('Uninitialized')).toBeVisible();
    await expect(section.getByText('Local')).toBeVisible();
  }
  await expect(page).toHaveURL(/env=production/);

  // The list shows it with the same statuses, found by a server-side search.
  await page.getByRole('link', { name: 'Extensions' }).first().click();
  await page.getByRole('searchbox', { name: 'Search extensions by name' }).fill(name);
  const row = page.getByRole('row', { name: new RegExp(name) });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole('cell', { name: 'Fulfillment Automation' })).toBeVisible();
  for (const env of ['Development', 'Test', 'Production']) {
    await expect(row.getByLabel(`${env}: Uninitialized`)).toBeVisible();
  }
});
