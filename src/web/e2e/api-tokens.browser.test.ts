import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, expectAccessible, openBrowser } from './browser';

let browser: Browser;
let page: Page;
let token: string;

beforeAll(async () => {
  browser = await openBrowser();
  page = await (await browser.newContext({ locale: 'nl-NL' })).newPage();
  page.setDefaultTimeout(10_000);
});
afterAll(() => browser?.close());

const metToken = async () =>
  (
    await page.request.get(`${baseUrl()}/api/v1/teams`, { headers: { authorization: `Token ${token}` } })
  ).status();
const rij = () => page.getByRole('row').filter({ hasText: 'koppeling-kiss' });

describe('API-tokens in beheer', () => {
  it('opens the screen from the menu', async () => {
    await page.goto(baseUrl());
    await page.getByLabel('Gebruikersnaam').fill('beheerder');
    await page.getByLabel('Wachtwoord').fill('Voorbeeldstad-2026');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'API-tokens' })
      .click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('API-tokens');
    await expectAccessible(page);
  });

  it('explains what is missing in Dutch at the fields', async () => {
    await page.getByRole('button', { name: 'Nieuw API-token' }).click();
    await page.getByLabel('Lezen').uncheck();
    await page.getByRole('button', { name: 'API-token aanmaken' }).click();
    await expect.poll(() => page.getByText('Vul minstens 2 tekens in.').count()).toBe(1);
    await expect.poll(() => page.getByText('Kies minstens één scope.').count()).toBe(1);
    await expectAccessible(page);
  });

  it('shows the new token exactly once, with the instruction to copy it now', async () => {
    await page.getByLabel('Naam', { exact: true }).fill('koppeling-kiss');
    await page.getByLabel('Klantinteracties').check();
    await page.getByRole('button', { name: 'API-token aanmaken' }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 2, name: 'Kopieer het token nu' }).count())
      .toBe(1);
    token = await page.getByLabel('Token voor koppeling-kiss').inputValue();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await metToken()).toBe(200);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Klaar: ik heb het token bewaard' }).click();
    await expect
      .poll(() => page.getByRole('status').first().textContent())
      .toContain('koppeling-kiss is aangemaakt');
    await expect.poll(() => rij().count()).toBe(1);
    expect(await rij().textContent()).toContain('Actief');
    expect(await page.content()).not.toContain(token);
    await page.reload();
    await expect.poll(() => rij().count()).toBe(1);
    expect(await page.content()).not.toContain(token);
  });

  it('revokes only after confirmation, and the token is refused at once', async () => {
    await page.getByRole('button', { name: 'API-token koppeling-kiss intrekken' }).click();
    await expect.poll(() => page.getByRole('alertdialog').count()).toBe(1);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Annuleren' }).click();
    expect(await metToken()).toBe(200);
    await page.getByRole('button', { name: 'API-token koppeling-kiss intrekken' }).click();
    await page.getByRole('button', { name: 'Ja, intrekken' }).click();
    await expect
      .poll(() => page.getByRole('status').first().textContent())
      .toContain('koppeling-kiss is ingetrokken');
    await expect.poll(() => rij().textContent()).toMatch(/Ingetrokken op .* door Fatima el Amrani/);
    expect(await metToken()).toBe(401);
    await expectAccessible(page);
  });

  it('filters on status', async () => {
    await page.getByLabel('Status').selectOption('actief');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await expect.poll(() => rij().count()).toBe(0);
    await page.getByLabel('Status').selectOption('ingetrokken');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await expect.poll(() => rij().count()).toBe(1);
  });
});
