import { test as base, expect, type Page } from '@playwright/test';
import pg from 'pg';

export const VENDOR = { email: 'vendor@demo.local', password: 'demo-vendor-1', account: 'Globex Corporation' };
export const DISTRIBUTOR = { email: 'distributor@demo.local', password: 'demo-distributor-1', account: 'Initech Distribution' };
export type Login = typeof VENDOR;

/** A name no other test (or earlier run) uses, so specs can run in parallel on one database. */
export function uniqueName(prefix: string): string {
  return `${prefix} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

/** Sets an environment's status directly in the database: there are no runners to connect yet. */
export async function setEnvironmentStatus(environmentId: string, status: string): Promise<void> {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    const result = await client.query('UPDATE "Environment" SET "status" = $1::"EnvironmentStatus" WHERE "id" = $2', [
      status,
      environmentId,
    ]);
    if (result.rowCount !== 1) throw new Error(`No environment ${environmentId}`);
  } finally {
    await client.end();
  }
}

export async function logIn(page: Page, login: Login): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Email').fill(login.email);
  await page.getByLabel('Password').fill(login.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Extensions' })).toBeVisible();
}

export const test = base.extend({
  // Known only after global setup started the server (workers inherit its environment).
  baseURL: async ({}, use) => {
    const baseURL = process.env.E2E_BASE_URL;
    if (!baseURL) throw new Error('E2E_BASE_URL is not set: run the specs through playwright.config.ts');
    await use(baseURL);
  },
});

export { expect };
