import { createExtensionViaApi, createVariableViaApi } from './api-helpers.ts';
import { expect, logIn, test, uniqueName, VENDOR } from './fixtures.ts';
import { readWorkbook } from './xlsx.ts';

test('variables export: the download holds Data (secure values empty) and General Information', async ({ page }) => {
  await logIn(page, VENDOR);
  const extension = await createExtensionViaApi(page, { name: uniqueName('Export'), type: 'multiaccount' });
  const environmentId = extension.environments.development.id;
  await createVariableViaApi(page, extension.id, environmentId, { name: 'PLAIN_ONE', value: 'plain value', secure: false });
  await createVariableViaApi(page, extension.id, environmentId, { name: 'SECRET_ONE', value: 'do-not-export', secure: true });

  await page.goto(`/extensions/${extension.id}`);
  const section = page.getByRole('tabpanel', { name: 'Development' }).getByRole('region', { name: 'Environment Variables' });
  await expect(section.getByRole('row', { name: /PLAIN_ONE/ })).toBeVisible();

  const downloading = page.waitForEvent('download');
  await section.getByRole('button', { name: 'Export' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const path = await download.path();
  const sheets = await readWorkbook(path);

  const data = sheets.get('Data');
  expect(data?.[0]?.slice(0, 3)).toEqual(['name', 'value', 'secure']);
  const byName = new Map(data?.slice(1).map((row) => [row[0], row]));
  expect(byName.get('PLAIN_ONE')?.slice(0, 3)).toEqual(['PLAIN_ONE', 'plain value', 'no']);
  expect(byName.get('SECRET_ONE')?.slice(0, 3)).toEqual(['SECRET_ONE', '', 'yes']);

  const general = sheets.get('General Information');
  expect(general).toBeDefined();
  const text = general?.flat().join(' ') ?? '';
  expect(text).toContain(extension.id);
  expect(text).toContain(environmentId);
  expect([...sheets.values()].flat(2).join(' ')).not.toContain('do-not-export');
});
