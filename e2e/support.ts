import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'stride-demo';

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

export async function signInAndWait(page: Page, email: string, home: RegExp) {
  await signIn(page, email);
  await expect(page).toHaveURL(home);
}
