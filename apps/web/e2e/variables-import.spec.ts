import { createExtensionViaApi } from './api-helpers.ts';
import { expect, logIn, test, uniqueName, VENDOR } from './fixtures.ts';
import { variablesWorkbook, XLSX_MIME } from './xlsx.ts';

test('variables import: row problems change nothing; a fixed file is previewed, then saved', async ({ page }) => {
  await logIn(page, VENDOR);
  const extension = await createExtensionViaApi(page, { name: uniqueName('Import'), type: 'multiaccount' });

  await page.goto(`/extensions/${extension.id}?env=test`);
  const section = page.getByRole('tabpanel', { name: 'Test' }).getByRole('region', { name: 'Environment Variables' });
  await expect(section.getByText('No variables yet')).toBeVisible();

  await section.getByRole('button', { name: 'Import' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import variables' });
  await expect(dialog.getByText(/sheet named Data/)).toBeVisible();
  const picker = dialog.getByLabel('Choose an .xlsx file or drag it here');

  const broken = await variablesWorkbook([
    ['GOOD_ONE', 'value 1', 'no'],
    ['9bad name', 'value 2', 'no'],
    ['SECRET_KEY', 'value 3', 'maybe'],
  ]);
  await picker.setInputFiles({ name: 'broken.xlsx', mimeType: XLSX_MIME, buffer: broken });
  await expect(dialog.getByText('Selected file: broken.xlsx')).toBeVisible();
  const problems = dialog.getByRole('alert');
  await expect(problems).toContainText('Nothing was changed');
  // One message per bad row, each naming the row (the header is row 1).
  await expect(problems.getByRole('listitem')).toHaveCount(2);
  await expect(problems.getByRole('listitem').filter({ hasText: 'Row 3' })).toHaveCount(1);
  await expect(problems.getByRole('listitem').filter({ hasText: 'Row 4' })).toHaveCount(1);
  await expect(dialog.getByRole('button', { name: 'Save' })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(section.getByText('No variables yet')).toBeVisible();

  await section.getByRole('button', { name: 'Import' }).click();
  const fixed = await variablesWorkbook([
    ['GOOD_ONE', 'value 1', 'no'],
    ['GOOD_TWO', 'value 2', 'no'],
    ['SECRET_KEY', 'value 3', 'yes'],
  ]);
  // This time the file is dropped on the zone instead of picked.
  const dataTransfer = await page.evaluateHandle(
    ({ base64, type }) => {
      const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], 'fixed.xlsx', { type }));
      return transfer;
    },
    { base64: fixed.toString('base64'), type: XLSX_MIME },
  );
  await dialog.getByText('Choose an .xlsx file or drag it here').dispatchEvent('drop', { dataTransfer });
  await expect(dialog.getByText('Selected file: fixed.xlsx')).toBeVisible();
  const toAdd = dialog.getByRole('region', { name: '3 to add' });
  await expect(toAdd).toBeVisible();
  for (const name of ['GOOD_ONE', 'GOOD_TWO', 'SECRET_KEY']) await expect(toAdd.getByText(name)).toBeVisible();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();

  const table = section.getByRole('table', { name: 'Test environment variables' });
  await expect(table.getByRole('row', { name: /GOOD_ONE/ })).toContainText('value 1');
  await expect(table.getByRole('row', { name: /GOOD_TWO/ })).toContainText('value 2');
  await expect(table.getByRole('row', { name: /SECRET_KEY/ })).toContainText('••••••');
  expect(await page.content()).not.toContain('value 3');
});
