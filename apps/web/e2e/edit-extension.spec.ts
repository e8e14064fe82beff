import { createExtensionViaApi } from './api-helpers.ts';
import { expect, logIn, test, uniqueName, VENDOR } from './fixtures.ts';
import { pngDataUrl, tinyPng } from './png.ts';

test('editing the name and image updates the details page', async ({ page }) => {
  const name = uniqueName('Editable');
  const renamed = uniqueName('Renamed');
  await logIn(page, VENDOR);
  const extension = await createExtensionViaApi(page, { name, type: 'multiaccount', icon: pngDataUrl(tinyPng([200, 40, 40])) });

  await page.goto(`/extensions/${extension.id}`);
  const image = page.getByRole('img', { name: `${name} image` });
  await expect(image).toBeVisible();
  const srcBefore = await image.getAttribute('src');

  await page.getByRole('button', { name: 'Edit', exact: true }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Edit Extension' });
  await dialog.getByLabel('Name').fill(renamed);
  await dialog.getByLabel('Replace image').setInputFiles({ name: 'new.png', mimeType: 'image/png', buffer: tinyPng([40, 180, 90]) });
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();

  await expect(page.getByRole('heading', { level: 1, name: renamed })).toBeVisible();
  const newImage = page.getByRole('img', { name: `${renamed} image` });
  await expect(newImage).toBeVisible();
  await expect(newImage).not.toHaveAttribute('src', srcBefore ?? '');
  // The image decodes after the element appears: wait until the browser has loaded it.
  await expect.poll(() => newImage.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);

  // Removing the image falls back to the placeholder.
  await page.getByRole('button', { name: 'Edit', exact: true }).first().click();
  await dialog.getByRole('button', { name: 'Remove image' }).click();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('img', { name: `${renamed} (no image)` })).toBeVisible();
});
