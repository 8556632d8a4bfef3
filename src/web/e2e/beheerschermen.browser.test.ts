import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, expectAccessible, inloggenAls, openBrowser } from './browser';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await openBrowser();
  page = await (await browser.newContext({ locale: 'nl-NL' })).newPage();
  page.setDefaultTimeout(10_000);
});
afterAll(() => browser?.close());

const kop = () => page.getByRole('heading', { level: 1 }).textContent();
const status = () => page.getByRole('status').textContent();
const menu = () => page.getByRole('navigation', { name: 'Hoofdmenu' });

const inloggen = (gebruikersnaam: string, startpagina: string | RegExp) =>
  inloggenAls(page, gebruikersnaam, startpagina);

async function ga(item: string) {
  await menu().getByRole('link', { name: item, exact: true }).click();
  await expect.poll(kop).toBe(item);
  await expectAccessible(page);
}

describe('the desk', () => {
  it('product picks the team: Belastingkwijtschelding goes to Belastingen and saving succeeds', async () => {
    await inloggen('kcc', /Welkom, Sanne de Vries/);
    await menu().getByRole('link', { name: 'Werkplek' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('werkplek-zoek');
    await page.keyboard.type('999993653');
    await expect.poll(() => page.getByRole('option', { name: /Suzanne Moulin/ }).count()).toBe(1);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByRole('heading', { name: 'Contact met Suzanne Moulin' }).count())
      .toBe(1);
    await page.locator('#onderwerp-0').fill('kwijtschelding');
    await page
      .getByRole('list', { name: 'Producten uit de catalogus' })
      .getByRole('button', { name: 'Belastingkwijtschelding', exact: true })
      .click();
    await page.locator('#vraag-0').fill('Kan ik kwijtschelding krijgen voor de afvalstoffenheffing?');
    await page.getByRole('button', { name: 'Contactverzoek bij vraag 1' }).click();
    const team = page.locator('#verzoek-0-team');
    await expect.poll(() => team.locator('option:checked').textContent()).toBe('Belastingen');
    await expectAccessible(page);
    const telefoon = page.getByLabel('Terugbellen op telefoonnummer');
    await telefoon.fill('06 12345678');
    await telefoon.press('Control+Enter');
    await expect
      .poll(status)
      .toMatch(
        /Contact met Suzanne Moulin is geregistreerd\. Contactverzoek CV-\d{4}-\d{6} voor Belastingen/,
      );
    await expectAccessible(page);
  });
});

describe('an unknown address', () => {
  it('answers 404 with the layout, the menu and "Pagina niet gevonden"', async () => {
    const antwoord = await page.goto(`${baseUrl()}/werkplek/bestaat-niet`);
    expect(antwoord?.status()).toBe(404);
    await expect.poll(kop).toBe('Pagina niet gevonden');
    expect(await menu().getByRole('link', { name: 'Werkplek' }).count()).toBe(1);
    expect(await page.getByRole('banner').count()).toBe(1);
    await expectAccessible(page);
    // The best-practice landmark rules too: one banner, not one inside another.
    const { violations } = await new AxeBuilder({ page })
      .withRules(['landmark-banner-is-top-level', 'landmark-no-duplicate-banner', 'landmark-unique'])
      .analyze();
    expect(violations.map((v) => v.id)).toEqual([]);
    await page.getByRole('link', { name: 'de startpagina' }).click();
    await expect.poll(kop).toMatch(/Welkom/);
  });
});

describe('beheer', () => {
  it('gives a product its team and its own norm', async () => {
    await inloggen('beheerder', /Welkom, Fatima el Amrani/);
    await ga('Producten');
    await page.getByLabel('Zoek een product').fill('hondenbelasting');
    await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
    const rij = page.getByRole('row').filter({ hasText: 'Hondenbelasting' });
    await expect.poll(() => rij.getByRole('cell', { name: 'Belastingen' }).count()).toBe(1);
    await rij.getByRole('button', { name: 'Hondenbelasting wijzigen' }).click();
    await page.getByLabel('Verantwoordelijk team').selectOption({ label: 'Openbare Ruimte' });
    await page.getByLabel('Termijn in werkdagen').fill('4');
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await expect.poll(status).toContain('Hondenbelasting is opgeslagen; verantwoordelijk: Openbare Ruimte.');
    await expect
      .poll(() => rij.getByRole('cell', { name: '4 werkdagen, urgent: dezelfde dag' }).count())
      .toBe(1);
    await expectAccessible(page);
  });

  it('sets and removes a team norm, with Dutch field errors and a question first', async () => {
    await ga('Servicenormen');
    await page.getByLabel('Termijn in werkdagen').fill('3');
    await page.getByRole('button', { name: 'Norm opslaan' }).click();
    await expect
      .poll(() => page.getByText('Kies een team of een product (niet allebei).').count())
      .toBeGreaterThan(0);
    await expectAccessible(page);
    await page.getByLabel('Team', { exact: true }).selectOption({ label: 'Vergunningen' });
    await page.getByRole('button', { name: 'Norm opslaan' }).click();
    await expect
      .poll(status)
      .toContain('De norm van Vergunningen is ingesteld: 3 werkdagen, urgent: dezelfde dag.');
    await page.getByRole('button', { name: 'Norm van Vergunningen verwijderen' }).click();
    await expect
      .poll(() => page.getByRole('alertdialog').textContent())
      .toContain('De norm van Vergunningen verwijderen?');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Ja, verwijderen' }).click();
    await expect.poll(status).toContain('De norm van Vergunningen is verwijderd.');
    await expect.poll(() => page.getByRole('cell', { name: 'Vergunningen', exact: true }).count()).toBe(0);
  });

  it('manages the members and key users of a team, asking before taking one out', async () => {
    await ga('Teams');
    await page.getByRole('button', { name: 'Leden van team Vergunningen' }).click();
    await expect
      .poll(() => page.getByRole('heading', { name: 'Leden van team Vergunningen' }).count())
      .toBe(1);
    await page.getByLabel('Zoek een medewerker op naam, gebruikersnaam of e-mail').fill('Lotte');
    await page.getByLabel('Zoek een medewerker op naam, gebruikersnaam of e-mail').press('Enter');
    await page.getByRole('button', { name: 'Lotte Visser toevoegen aan team Vergunningen' }).click();
    await expect.poll(status).toContain('Lotte Visser is toegevoegd aan team Vergunningen.');
    await page.getByRole('button', { name: 'Lotte Visser key user' }).click();
    await expect.poll(status).toContain('Lotte Visser is nu key user.');
    await expect
      .poll(() => page.getByRole('button', { name: 'Lotte Visser key user' }).getAttribute('aria-pressed'))
      .toBe('true');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Lotte Visser uit team halen' }).click();
    await expect
      .poll(() => page.getByRole('alertdialog').textContent())
      .toContain('Lotte Visser uit team Vergunningen halen?');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Ja, uit het team halen' }).click();
    await expect.poll(status).toContain('Lotte Visser is uit team Vergunningen gehaald.');
    await expect.poll(() => page.getByRole('cell', { name: 'Lotte Visser' }).count()).toBe(0);
  });

  it('shows the audit trail with object names and exports it as CSV', async () => {
    await ga('Auditlog');
    await page.getByLabel('Actie (precies)').fill('team.lid-verwijderd');
    await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
    await expect.poll(() => page.getByRole('row').filter({ hasText: 'team Vergunningen' }).count()).toBe(1);
    await expectAccessible(page);
    const adres = await page
      .getByRole('link', { name: 'Exporteer deze regels als CSV' })
      .getAttribute('href');
    const csv = await page.request.get(`${baseUrl()}${adres}`);
    expect(csv.status()).toBe(200);
    const inhoud = await csv.body();
    // A byte order mark first, so that Excel reads it as UTF-8.
    expect([...inhoud.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const regels = inhoud.subarray(3).toString('utf8').trim().split('\r\n');
    expect(regels[0]).toBe(
      'Tijdstip;Medewerker;Rol;Actie;Objecttype;Object;Object-id;Persoonsgegevens;Reden;IP-adres;Request-id',
    );
    expect(regels).toHaveLength(2);
    expect(regels[1]).toContain(';team.lid-verwijderd;team;Vergunningen;');
  });
});
