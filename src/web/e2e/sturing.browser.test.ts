import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, inloggenAls, openBrowser } from './browser';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await openBrowser();
  page = await (await browser.newContext({ locale: 'nl-NL', acceptDownloads: true })).newPage();
  page.setDefaultTimeout(10_000);
});
afterAll(() => browser?.close());

const kop = () => page.getByRole('heading', { level: 1 }).textContent();
const menu = () => page.getByRole('navigation', { name: 'Hoofdmenu' });

const inloggen = (gebruikersnaam: string, startpagina: string | RegExp) =>
  inloggenAls(page, gebruikersnaam, startpagina);

/** The teamleider's Sturing screen for the KCC team, once its figures are there. */
async function openSturingVanKcc() {
  await menu().getByRole('link', { name: 'Sturing' }).click();
  await expect.poll(kop).toBe('Sturing op dienstverlening');
  await page.getByLabel('Team', { exact: true }).selectOption({ label: 'KCC' });
  await expect.poll(() => page.getByText(/^KCC, .* tot en met /).count()).toBe(1);
  await expect.poll(() => page.getByRole('img', { name: /contacten per kanaal/ }).count()).toBe(1);
}

const kanaalTabel = () => page.getByRole('table', { name: 'FCR per kanaal' });

/** The cells of one row of "FCR per kanaal", as the screen shows them. */
async function telefoonrij(): Promise<string[]> {
  const rij = kanaalTabel()
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: 'Telefoon' }) });
  if ((await rij.count()) === 0) return [];
  return (await rij.locator('th, td').allTextContents()).map((t) => t.trim());
}
const contactenIn = (rij: string[]) => Number.parseInt((rij[1] ?? '0').replace(/\./g, ''), 10);

describe('steering on first-contact resolution and the channel mix', () => {
  let voor: string[] = [];

  it('the teamleider finds FCR and the channel mix of a team under Sturing', async () => {
    await inloggen('teamleider', 'Dashboard contactverzoeken');
    await openSturingVanKcc();
    expect(await page.getByRole('table', { name: 'FCR per team' }).count()).toBe(0);
    await page.getByText('Hoe tellen we?').click();
    await expect
      .poll(() => page.getByText(/niet opnieuw contact zocht over hetzelfde product/).count())
      .toBe(1);
    voor = await telefoonrij();
    await expectAccessible(page);
  });

  it('a phone call the KCC answers at first contact is counted on the screen', async () => {
    await inloggen('kcc', /Welkom, Sanne de Vries/);
    await menu().getByRole('link', { name: 'Werkplek' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('werkplek-zoek');
    await page.keyboard.type('999991838');
    await expect.poll(() => page.getByRole('option').count()).toBe(1);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('heading', { name: /^Contact met / }).count()).toBe(1);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('partij-naam');
    await expect
      .poll(() => page.getByRole('group', { name: 'Veelgevraagd' }).getByRole('button').count())
      .toBeGreaterThan(0);
    await page.keyboard.press('1');
    await expect.poll(() => page.getByLabel('Onderwerp').inputValue()).not.toBe('');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => page.getByRole('status').textContent()).toContain('is geregistreerd');
    // The KCC agent steers nothing: no menu item, and the address shows no figures.
    expect(await menu().getByRole('link', { name: 'Sturing' }).count()).toBe(0);

    await inloggen('teamleider', 'Dashboard contactverzoeken');
    await openSturingVanKcc();
    // The day counts follow a registered contact within seconds (the schedule alone: a minute).
    await expect
      .poll(
        async () => {
          await page.reload();
          await expect.poll(() => page.getByText(/^KCC, .* Bijgewerkt op /).count()).toBe(1);
          return contactenIn(await telefoonrij());
        },
        { timeout: 30_000, interval: 1000 },
      )
      .toBe(contactenIn(voor) + 1);
    await expectAccessible(page);
  });

  it('every table downloads as the CSV of exactly what the screen shows', async () => {
    const rij = await telefoonrij();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download als CSV de tabel FCR per kanaal' }).click();
    const bestand = await download;
    expect(bestand.suggestedFilename()).toBe('fcr-per-kanaal.csv');
    const regels = (await readFile((await bestand.path()) as string, 'utf8'))
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    const koppen = (await kanaalTabel().getByRole('columnheader').allTextContents()).map((t) => t.trim());
    expect(regels[0]).toBe(koppen.join(';'));
    expect(regels).toContain(rij.join(';'));
    expect(regels.filter(Boolean)).toHaveLength(await kanaalTabel().getByRole('row').count());
  });

  it('a period that ends before it starts gets a Dutch error at the field', async () => {
    await page.getByLabel('Eerste dag').fill('2026-11-20');
    await page.getByLabel('Laatste dag').fill('2026-11-10');
    await page.getByRole('button', { name: 'Toon periode' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toBe('De laatste dag ligt vóór de eerste.');
    await expect.poll(() => page.getByText('De laatste dag ligt vóór de eerste.').count()).toBe(2);
    expect(await page.getByRole('table', { name: 'FCR per kanaal' }).count()).toBe(0);
    await expectAccessible(page);
  });

  it("the KCC's teamleider also sees the whole organisation, per team; a key user only own teams", async () => {
    await menu().getByRole('link', { name: 'Sturing' }).click();
    await page.getByLabel('Team', { exact: true }).selectOption({ label: 'Hele organisatie' });
    await expect.poll(() => page.getByText(/^Hele organisatie, /).count()).toBe(1);
    const teams = page.getByRole('table', { name: 'FCR per team' });
    await expect.poll(() => teams.getByRole('rowheader', { name: 'KCC' }).count()).toBe(1);
    await expect.poll(() => page.getByRole('img', { name: /contacten per kanaal/ }).count()).toBe(1);
    await expectAccessible(page);

    await inloggen('keyuser', 'Dashboard contactverzoeken');
    await menu().getByRole('link', { name: 'Sturing' }).click();
    await expect
      .poll(() => page.getByLabel('Team', { exact: true }).locator('option').allTextContents())
      .toEqual(['Belastingen', 'Vergunningen']);
  });

  it('every service norm figure opens the list behind it, with as many requests or zaken', async () => {
    await page.getByLabel('Team', { exact: true }).selectOption({ label: 'Belastingen' });
    const normen = page.getByRole('table', { name: 'Servicenormen van elk kanaal' });
    const rij = (norm: RegExp) =>
      normen.getByRole('row').filter({ has: page.getByRole('rowheader', { name: norm }) });
    await expect.poll(() => rij(/^Contactverzoek afgehandeld/).count()).toBe(1);
    await expect.poll(() => rij(/^80 % van de oproepen/).textContent()).toContain('Niet gemeten');
    await expectAccessible(page);

    const volg = async (norm: RegExp, welke: RegExp, lijst: string, filter: RegExp) => {
      // The first period column: last week.
      const link = rij(norm).getByRole('link', { name: welke }).first();
      const aantal = Number.parseInt(((await link.textContent()) ?? '').replace(/\./g, ''), 10);
      await link.click();
      await expect.poll(kop).toBe(lijst);
      await expect.poll(() => page.getByText(filter).count()).toBe(1);
      await expect
        .poll(() => page.getByRole('table', { name: new RegExp(`\\(${aantal}\\)$`) }).count())
        .toBe(1);
      await expectAccessible(page);
      await page.goBack();
    };
    await volg(
      /^Contactverzoek afgehandeld/,
      /gehaald$/,
      'Werkvoorraad',
      /^Alleen verzoeken afgehandeld vanaf .*binnen de norm/,
    );
    await volg(
      /^Afgesloten binnen de wettelijke/,
      /gemist$/,
      'Zaken',
      /^Alleen zaken afgesloten vanaf .*buiten de wettelijke termijn/,
    );
  });
});
