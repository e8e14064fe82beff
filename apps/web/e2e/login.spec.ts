import { expect, logIn, test, VENDOR } from './fixtures.ts';

test('a wrong password shows the server error; the right one lands on Extensions; log out', async ({ page }) => {
  // An unauthenticated visit is sent to the login page and comes back after signing in.
  await page.goto('/settings/api-keys');
  await expect(page).toHaveURL(/\/login\?next=%2Fsettings%2Fapi-keys/);

  await page.getByLabel('Email').fill(VENDOR.email);
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('Wrong email or password');
  await expect(page).toHaveURL(/\/login/);

  await page.getByLabel('Password').fill(VENDOR.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'API keys' })).toBeVisible();

  await page.getByRole('link', { name: 'Extensions' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Extensions' })).toBeVisible();
  await expect(page.getByText(VENDOR.account)).toBeVisible();

  await page.getByRole('button', { name: /User menu/ }).click();
  await page.getByRole('menuitem', { name: 'Log out' }).click();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();

  // The session is gone on the server too: protected pages send us back to the login.
  await page.goto('/extensions');
  await expect(page).toHaveURL(/\/login/);
});

test('signing in from the login page lands on Extensions', async ({ page }) => {
  await logIn(page, VENDOR);
  await expect(page).toHaveURL(/\/extensions$/);
  await expect(page.getByRole('button', { name: 'Add Extension' }).first()).toBeVisible();
});
