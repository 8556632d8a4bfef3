import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, expectAccessible, openBrowser } from './browser';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await openBrowser();
  page = await (await browser.newContext({ locale: 'nl-NL' })).newPage();
  page.setDefaultTimeout(10_000);
});
afterAll(() => browser?.close());

async function ga(pad: string, kop: string | RegExp) {
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: pad }).click();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toMatch(kop);
}

describe('functioneel beheerder', () => {
  it('logs in with the demo account', async () => {
    await page.goto(baseUrl());
    await expect.poll(() => page.title()).toMatch(/Inloggen/);
    await expectAccessible(page);
    await page.getByLabel('Gebruikersnaam').fill('beheerder');
    await page.getByLabel('Wachtwoord').fill('fout-wachtwoord');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('Gebruikersnaam of wachtwoord klopt niet');
    await expectAccessible(page);
    await page.getByLabel('Wachtwoord').fill('Voorbeeldstad-2026');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toContain('Welkom, Fatima el Amrani');
    await expectAccessible(page);
  });

  it('creates a team', async () => {
    await ga('Teams', 'Teams');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Nieuw team' }).click();
    await page.getByLabel('Naam').fill('Parkeren');
    await page.getByLabel('Omschrijving').fill('Parkeervergunningen en naheffingen');
    await page.getByRole('button', { name: 'Team aanmaken' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Team Parkeren is aangemaakt');
    await expect.poll(() => page.getByRole('cell', { name: 'Parkeren', exact: true }).count()).toBe(1);
    await expectAccessible(page);
  });

  it('reloads a team that someone else changed meanwhile', async () => {
    await page.getByRole('button', { name: 'Team Parkeren wijzigen' }).click();
    const { csrfToken } = await (await page.request.get(`${baseUrl()}/api/v1/sessie`)).json();
    const { items } = await (await page.request.get(`${baseUrl()}/api/v1/teams?q=Parkeren`)).json();
    const anders = await page.request.patch(`${baseUrl()}/api/v1/teams/${items[0].id}`, {
      data: { omschrijving: 'Parkeren en handhaving', versie: items[0].versie },
      headers: { 'x-csrf-token': csrfToken },
    });
    expect(anders.status()).toBe(200);
    await page.getByLabel('Omschrijving').fill('Alleen parkeervergunningen');
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('Iemand anders heeft dit team intussen gewijzigd');
    expect(await page.getByLabel('Omschrijving').inputValue()).toBe('Parkeren en handhaving');
    await expectAccessible(page);
    await page.getByLabel('Omschrijving').fill('Alleen parkeervergunningen');
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Team Parkeren is gewijzigd');
  });

  it('adds an employee to the new team, with a Dutch error first', async () => {
    await ga('Medewerkers', 'Medewerkers');
    await page.getByRole('button', { name: 'Nieuwe medewerker' }).click();
    await page.getByLabel('Naam', { exact: true }).fill('Karin Smit');
    await page.getByLabel('Gebruikersnaam', { exact: true }).fill('ksmit');
    await page.getByLabel('E-mailadres', { exact: true }).fill('k.smit@voorbeeldstad.nl');
    await page.getByLabel('Eerste wachtwoord').fill('kort');
    await page.getByLabel('Backoffice-medewerker').check();
    await page.getByRole('group', { name: 'Teams' }).getByLabel('Parkeren').check();
    await page.getByRole('button', { name: 'Medewerker toevoegen' }).click();
    await expect.poll(() => page.getByText('Een wachtwoord heeft minstens 12 tekens.').count()).toBe(1);
    await expectAccessible(page);
    await page.getByLabel('Eerste wachtwoord').fill('een-goed-lang-wachtwoord');
    await page.getByRole('button', { name: 'Medewerker toevoegen' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Karin Smit is toegevoegd');
    await expect.poll(() => page.getByRole('cell', { name: 'ksmit' }).count()).toBe(1);
    await expectAccessible(page);
  });

  it('finds the audit entry of the new employee', async () => {
    await ga('Auditlog', 'Auditlog');
    await page.getByLabel('Actie (precies)').fill('medewerker.aangemaakt');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await expect
      .poll(() =>
        page
          .getByRole('row')
          .filter({ hasText: 'Fatima el Amrani' })
          .filter({ hasText: 'Medewerker aangemaakt' })
          .filter({ hasText: 'medewerker Karin Smit' })
          .count(),
      )
      .toBe(1);
    const regel = page.getByRole('row').filter({ hasText: 'medewerker Karin Smit' });
    await regel.getByText('127.0.0.1').click();
    await expect.poll(() => regel.getByText(/Chrome/).isVisible()).toBe(true);
    await expectAccessible(page);
  });

  it('reads the welcome mail in the mailbox', async () => {
    await ga('Mailbox', 'Mailbox');
    await page.getByLabel('Zoek op ontvanger of onderwerp').fill('k.smit');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByRole('link', { name: 'Uw account voor Stadspunt' }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Uw account voor Stadspunt');
    await expect.poll(() => page.getByText('Uw gebruikersnaam is: ksmit').count()).toBe(1);
    await expectAccessible(page);
  });

  it('adds and removes a closing day, after confirmation', async () => {
    await ga('Sluitingsdagen', 'Sluitingsdagen');
    await page.getByLabel('Datum').fill(`${new Date().getFullYear()}-12-31`);
    await page.getByLabel('Omschrijving').fill('Oudejaarsdag');
    await page.getByRole('button', { name: 'Toevoegen' }).click();
    await expect.poll(() => page.getByRole('cell', { name: 'Oudejaarsdag' }).count()).toBe(1);
    await expectAccessible(page);
    await page.getByRole('button', { name: /Sluitingsdag .* verwijderen/ }).click();
    await page.getByRole('button', { name: 'Ja, verwijderen' }).click();
    await expect.poll(() => page.getByRole('cell', { name: 'Oudejaarsdag' }).count()).toBe(0);
    await expectAccessible(page);
  });

  it('lets the new employee choose an own password at first login, and keeps beheer closed', async () => {
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await expect.poll(() => page.title()).toMatch(/Inloggen/);
    await page.getByLabel('Gebruikersnaam').fill('ksmit');
    await page.getByLabel('Wachtwoord').fill('een-goed-lang-wachtwoord');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Wachtwoord wijzigen');
    await expectAccessible(page);
    // The server refuses everything else until then, so the menu is not offered.
    expect(await page.getByRole('navigation', { name: 'Hoofdmenu' }).count()).toBe(0);
    await page.getByLabel('Tijdelijk wachtwoord').fill('een-goed-lang-wachtwoord');
    await page.getByLabel('Nieuw wachtwoord').fill('mijn-eigen-wachtwoord');
    await page.getByLabel('Herhaal het nieuwe wachtwoord').fill('mijn-eigen-wachtwoord');
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toContain('Welkom, Karin Smit');
    expect(
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Teams' }).count(),
    ).toBe(0);
    await page.goto(`${baseUrl()}/beheer/teams`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Geen toegang');
  });

  it('logs out everywhere after confirmation', async () => {
    await page.getByRole('button', { name: 'Log overal uit' }).click();
    const dialoog = page.getByRole('alertdialog');
    await expect.poll(() => dialoog.textContent()).toContain('op elk apparaat');
    await expectAccessible(page);
    await dialoog.getByRole('button', { name: 'Annuleren' }).click();
    await expect.poll(() => page.getByRole('alertdialog').count()).toBe(0);
    await page.getByRole('button', { name: 'Log overal uit' }).click();
    await page.getByRole('button', { name: 'Ja, log overal uit' }).click();
    await expect.poll(() => page.title()).toMatch(/Inloggen/);
    const sessie = await page.evaluate(async () => (await fetch('/api/v1/sessie')).status);
    expect(sessie).toBe(401);
  });
});
