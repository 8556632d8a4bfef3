import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, expectAccessible, openBrowser } from './browser';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await openBrowser();
  page = await (await browser.newContext({ locale: 'nl-NL' })).newPage();
  page.setDefaultTimeout(10_000);
  await page.goto(baseUrl());
  await page.getByLabel('Gebruikersnaam').fill('kcc');
  await page.getByLabel('Wachtwoord').fill('Voorbeeldstad-2026');
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Werkplek' }).click();
});
afterAll(() => browser?.close());

declare global {
  interface Window {
    toetsen?: number;
  }
}

/** From now on the page counts every keydown it receives (capture phase, before any handler). */
const telToetsen = () =>
  page.evaluate(() => {
    window.toetsen = 0;
    window.addEventListener(
      'keydown',
      () => {
        window.toetsen = (window.toetsen ?? 0) + 1;
      },
      true,
    );
  });

describe('KCC agent on the phone', () => {
  it('finds a BRP test person by postcode and house number', async () => {
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('werkplek-zoek');
    await expectAccessible(page);
    await page.keyboard.type('3077 aw 31');
    await expect.poll(() => page.getByRole('option', { name: /Suzanne Moulin/ }).count()).toBe(1);
    await expectAccessible(page);
  });

  it('registers a phone call answered at first contact in at most 6 keystrokes, as the page counts them', async () => {
    await telToetsen();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByRole('heading', { name: 'Contact met Suzanne Moulin' }).count())
      .toBe(1);
    await expect.poll(() => page.getByText('Boterdiep 31, 3077AW Rotterdam').count()).toBe(1);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('partij-naam');
    await expectAccessible(page);
    const eerste = page.getByRole('group', { name: 'Veelgevraagd' }).getByRole('button').first();
    const onderwerp = ((await eerste.textContent()) ?? '').trim().replace(/^1/, '');
    await page.keyboard.press('1');
    await expect.poll(() => page.getByLabel('Onderwerp').inputValue()).toBe(onderwerp);
    await page.keyboard.press('Control+Enter');
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toContain('Contact met Suzanne Moulin is geregistreerd');
    const toetsen = await page.evaluate(() => window.toetsen);
    console.info(`toetsaanslagen van gevonden tot geregistreerd: ${toetsen}`);
    expect(toetsen).toBe(4);
    await expectAccessible(page);

    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('werkplek-zoek');
    await page.keyboard.type('999993653');
    await page.keyboard.press('Enter');
    const nieuwste = page.getByRole('region', { name: 'Tijdlijn' }).getByRole('listitem').first();
    await expect.poll(() => nieuwste.textContent()).toContain(onderwerp);
    await expect.poll(() => nieuwste.textContent()).toContain('Telefoon');
    await expect.poll(() => nieuwste.textContent()).toContain('Sanne de Vries');
    await expectAccessible(page);
  });

  it('records a phone number for the person, with a Dutch error for a bad one', async () => {
    await page.getByRole('button', { name: 'Contactgegevens wijzigen' }).click();
    await page.getByLabel('Telefoonnummer').fill('12345');
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await expect.poll(() => page.getByText('Geen geldig telefoonnummer').count()).toBe(1);
    await expectAccessible(page);
    await page.getByLabel('Telefoonnummer').fill('06 1234 5678');
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await expect.poll(() => page.getByText('06 1234 5678').count()).toBe(1);
    await expectAccessible(page);
  });

  it('saves a draft and completes it later the same day', async () => {
    await page.getByRole('heading', { level: 1 }).click();
    await page.keyboard.press('/');
    await page.keyboard.type('999990639');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByRole('heading', { name: 'Contact met Mattheus du Burck' }).count())
      .toBe(1);
    await page.getByRole('button', { name: 'Opslaan als concept' }).click();
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toContain('Concept voor Mattheus du Burck is opgeslagen');
    await page.getByRole('button', { name: 'Concept Mattheus du Burck afmaken' }).click();
    await expectAccessible(page);
    await page.getByRole('group', { name: 'Veelgevraagd' }).getByRole('button').first().click();
    await expectAccessible(page);
    await page.keyboard.press('Control+Enter');
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toContain('Contact met Mattheus du Burck is geregistreerd');
    await expect
      .poll(() => page.getByRole('heading', { name: 'Mijn concepten van vandaag' }).count())
      .toBe(0);
  });

  it('explains a BSN that fails the elfproef', async () => {
    await page.getByRole('heading', { level: 1 }).click();
    await page.keyboard.press('/');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('werkplek-zoek');
    await page.getByLabel('Zoek een inwoner of bedrijf').fill('999993654');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('elfproef');
    await expectAccessible(page);
  });
});
