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
  await page.getByLabel('Gebruikersnaam').fill('beheerder');
  await page.getByLabel('Wachtwoord').fill('Voorbeeldstad-2026');
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByRole('heading', { level: 1, name: /Welkom/ }).waitFor();
});
afterAll(() => browser?.close());

const kop = () => page.getByRole('heading', { level: 1 }).textContent();
const sectie = (naam: string) => page.getByRole('region', { name: naam });
const status = () => page.getByRole('status').textContent();

/** Fills one part of the concept through its editor: rows of label → value, then saves it. */
async function onderdeel(titel: string, enkel: string, rijen: Record<string, string | boolean>[]) {
  await sectie(titel)
    .getByRole('button', { name: `${titel} wijzigen` })
    .click();
  for (const [i, rij] of rijen.entries()) {
    await sectie(titel)
      .getByRole('button', { name: `${enkel} toevoegen` })
      .click();
    const groep = sectie(titel).getByRole('group', { name: `${enkel} ${i + 1}`, exact: true });
    for (const [label, waarde] of Object.entries(rij)) {
      const veld = groep.getByLabel(label, { exact: true });
      if (typeof waarde === 'boolean') await veld.setChecked(waarde);
      else if ((await veld.evaluate((e) => e.tagName)) === 'SELECT')
        await veld.selectOption({ label: waarde });
      else await veld.fill(waarde);
    }
  }
  await sectie(titel)
    .getByRole('button', { name: `${titel} opslaan` })
    .click();
  await expect.poll(status).toContain(`${titel} zijn opgeslagen`);
}

describe('the catalogue of zaaktypen', () => {
  it('lists the demo zaaktypen and filters on published', async () => {
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Zaaktypen' })
      .click();
    await expect.poll(kop).toBe('Zaaktypen');
    await page.getByLabel('Status').selectOption('gepubliceerd');
    await page.getByLabel('Zoek op omschrijving of identificatie').fill('wmo');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await expect.poll(() => page.getByRole('link', { name: 'Wmo-melding' }).count()).toBe(1);
    await expectAccessible(page);
  });

  it('creates a concept, refusing a term that is not a duration in Dutch', async () => {
    await page.getByRole('button', { name: 'Nieuw zaaktype' }).click();
    await page.getByLabel('Omschrijving', { exact: true }).fill('Ontheffing geluid');
    await page.getByLabel('Doorlooptijd (wettelijke termijn)').fill('8 weken');
    await page.getByLabel('Behandelend team').selectOption({ label: 'Vergunningen' });
    await page.getByLabel('Product zoeken').fill('evenementenverg');
    await page.getByLabel('Product zoeken').press('Enter');
    await page.getByLabel('Evenementenvergunning', { exact: true }).check();
    await page.getByRole('button', { name: 'Concept aanmaken' }).click();
    await expect
      .poll(() => page.getByText('Vul de doorlooptijd in als ISO 8601-duur').count())
      .toBeGreaterThan(0);
    await expectAccessible(page);
    await page.getByLabel('Doorlooptijd (wettelijke termijn)').fill('P8W');
    await page.getByLabel('Servicenorm (onze belofte, optioneel)').fill('P4W');
    await page.getByRole('button', { name: 'Concept aanmaken' }).click();
    await expect.poll(kop).toBe('Zaaktype Ontheffing geluid');
    await expect.poll(status).toContain('Het concept is aangemaakt');
    await expectAccessible(page);
  });

  it('names the unmet publish rules', async () => {
    await page.getByRole('button', { name: 'Publiceren' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Publiceren' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('minstens 2 statustypen');
    await expectAccessible(page);
  });

  it('adds the parts: statustypen, a resultaattype with its selectielijst class, roltypen, an eigenschap', async () => {
    await onderdeel('Statustypen', 'Statustype', [
      {
        Omschrijving: 'Aanvraag ontvangen',
        'Statustekst voor de initiator': 'We hebben uw aanvraag ontvangen.',
        'Initiator informeren': true,
      },
      { Omschrijving: 'Besluit genomen' },
    ]);
    await onderdeel('Resultaattypen', 'Resultaattype', [
      {
        Omschrijving: 'Verleend',
        Selectielijstklasse: '5.1 Geleverd (vernietigen, 5 jaar)',
        Archiefactietermijn: 'P5Y',
      },
    ]);
    await onderdeel('Roltypen', 'Roltype', [{ Omschrijving: 'Aanvrager', 'Soort rol': 'initiator' }]);
    await onderdeel('Eigenschappen', 'Eigenschap', [{ Naam: 'Datum activiteit', Formaat: 'datum' }]);
    await expect
      .poll(() => sectie('Statustypen').getByRole('cell', { name: 'Besluit genomen' }).count())
      .toBe(1);
    await expectAccessible(page);
  });

  it('publishes after a confirmation; the published version offers only a new version', async () => {
    await page.getByRole('button', { name: 'Publiceren' }).click();
    const dialoog = page.getByRole('alertdialog');
    await expect.poll(() => dialoog.textContent()).toContain('verandert deze versie niet meer');
    await expectAccessible(page);
    await dialoog.getByRole('button', { name: 'Publiceren' }).click();
    await expect.poll(status).toContain('Het zaaktype is gepubliceerd');
    expect(await page.getByRole('button', { name: 'Gegevens wijzigen' }).count()).toBe(0);
    await expectAccessible(page);
  });

  it('makes a new version as a concept, and deletes that concept after a confirmation', async () => {
    await page.getByRole('button', { name: 'Nieuwe versie' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Nieuwe versie maken' }).click();
    await expect.poll(() => page.getByText('Concept', { exact: true }).count()).toBe(1);
    await expect
      .poll(() =>
        sectie('Resultaattypen')
          .getByRole('cell', { name: /5\.1 Geleverd/ })
          .count(),
      )
      .toBe(1);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Concept verwijderen' }).click();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('alertdialog').count()).toBe(0);
    await page.getByRole('button', { name: 'Concept verwijderen' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Concept verwijderen' }).click();
    await expect.poll(kop).toBe('Zaaktypen');
  });
});
