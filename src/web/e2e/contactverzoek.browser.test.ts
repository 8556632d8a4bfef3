import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plusDagen } from '../../shared/dagen';
import { invoertijd, tijdstip } from '../../shared/nl';
import { baseUrl, expectAccessible, inloggenAls, openBrowser } from './browser';

let browser: Browser;
let page: Page;
/** The reference number the agent reads to the resident. */
let nummer = '';

beforeAll(async () => {
  browser = await openBrowser();
  page = await (await browser.newContext({ locale: 'nl-NL' })).newPage();
  page.setDefaultTimeout(10_000);
});
afterAll(() => browser?.close());

const kop = () => page.getByRole('heading', { level: 1 }).textContent();
const status = () => page.getByRole('status').textContent();

const inloggen = (gebruikersnaam: string, startpagina: string | RegExp) =>
  inloggenAls(page, gebruikersnaam, startpagina);

async function openKaart(bsn: string, naam: string) {
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Werkplek' }).click();
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('werkplek-zoek');
  await page.keyboard.type(bsn);
  await expect.poll(() => page.getByRole('option', { name: new RegExp(naam) }).count()).toBe(1);
  await page.keyboard.press('Enter');
  await expect.poll(() => page.getByRole('heading', { name: `Contact met ${naam}` }).count()).toBe(1);
}

describe('a question becomes a contactverzoek and is called back', () => {
  it('the agent hands a question to Belastingen while the resident is on the phone', async () => {
    await inloggen('kcc', /Welkom, Sanne de Vries/);
    await openKaart('999991723', 'Lukas Klamer');
    await expectAccessible(page);
    await page.locator('#onderwerp-0').fill('Aanslag gemeentelijke belastingen');
    await page.locator('#vraag-0').fill('Waarom is mijn aanslag hoger dan vorig jaar?');
    await page.getByRole('button', { name: 'Contactverzoek bij vraag 1' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('verzoek-0-team');
    await page.getByLabel('Team', { exact: true }).selectOption({ label: 'Belastingen' });
    await expect
      .poll(() => page.getByLabel('Onderwerp', { exact: true }).nth(1).inputValue())
      .toBe('Aanslag gemeentelijke belastingen');
    await expectAccessible(page);

    // The party's recorded phone number is what the team will call, unless the agent changes it.
    const telefoon = page.getByLabel('Terugbellen op telefoonnummer');
    await expect.poll(() => telefoon.inputValue()).not.toBe('');
    // Nothing is saved while the request has no way to reach the resident.
    await telefoon.fill('');
    await page.getByLabel('E-mailadres voor de bevestiging').fill('');
    await page.keyboard.press('Control+Enter');
    await expect
      .poll(() =>
        page.getByText('Vul een telefoonnummer of e-mailadres in om de inwoner te bereiken.').count(),
      )
      .toBe(1);
    await expectAccessible(page);

    // A number the server refuses: the contact is saved, the request waits for a good number.
    await telefoon.fill('12345');
    await telefoon.press('Control+Enter');
    await expect
      .poll(() => page.getByRole('alert').first().textContent())
      .toContain('Het contact is geregistreerd, maar een contactverzoek nog niet.');
    await expect
      .poll(() => page.getByText('Geen geldig telefoonnummer, bijvoorbeeld 06 12345678.').count())
      .toBe(1);
    await expectAccessible(page);
    await telefoon.fill('06 12345678');
    await page.getByRole('button', { name: 'Contactverzoek maken' }).click();
    await expect
      .poll(status)
      .toMatch(
        /Contact met Lukas Klamer is geregistreerd\. Contactverzoek CV-\d{4}-\d{6} voor Belastingen, uiterlijk/,
      );
    nummer = /CV-\d{4}-\d{6}/.exec((await status()) ?? '')?.[0] ?? '';
    await expectAccessible(page);
  });

  it('a back-office employee finds it in the team queue, calls twice and closes it', async () => {
    await inloggen('backoffice', 'Werkvoorraad');
    await expectAccessible(page);
    await expect.poll(() => page.getByLabel('Team', { exact: true }).inputValue()).not.toBe('');
    await page.getByLabel('Zoek op nummer, onderwerp of naam').fill(nummer);
    await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
    await expect.poll(() => page.getByRole('row').filter({ hasText: 'Lukas Klamer' }).count()).toBe(1);
    await page.getByRole('button', { name: `${nummer} oppakken` }).click();
    await expect.poll(status).toContain(`U hebt ${nummer} opgepakt.`);
    await expect.poll(() => page.getByRole('row').filter({ hasText: 'Pieter Jansen' }).count()).toBe(1);
    await expectAccessible(page);

    await page.getByRole('link', { name: nummer }).click();
    await expect.poll(kop).toBe(`Contactverzoek ${nummer}`);
    await expect.poll(() => page.getByText('06 12345678').count()).toBe(1);
    // Where it came from: the contact at the desk, and the resident's card there.
    await expect
      .poll(() =>
        page
          .getByRole('link', { name: /via [A-Z][a-z-]+, Sanne de Vries: Aanslag gemeentelijke belastingen/ })
          .count(),
      )
      .toBe(1);
    expect(await page.getByRole('link', { name: 'kaart op de werkplek' }).getAttribute('href')).toMatch(
      /^\/werkplek\?partij=[0-9a-f-]{36}$/,
    );
    await expectAccessible(page);

    const poging = page.getByRole('form', { name: 'Belpoging vastleggen' });
    await poging.getByLabel('Niet bereikt').check();
    await poging.getByLabel('Toelichting (optioneel)').fill('Geen gehoor om 10 uur.');

    // A colleague logs a voicemail meanwhile: this attempt is refused and the page shows the new state.
    const { csrfToken } = await (await page.request.get(`${baseUrl()}/api/v1/sessie`)).json();
    const id = page.url().split('/').pop();
    const collega = await page.request.post(`${baseUrl()}/api/v1/contactverzoeken/${id}/pogingen`, {
      data: { uitkomst: 'voicemail-ingesproken', tekst: 'Teruggebeld door een collega.' },
      headers: { 'x-csrf-token': csrfToken },
    });
    expect(collega.status()).toBe(200);
    await poging.getByRole('button', { name: 'Belpoging vastleggen' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('Dit contactverzoek is intussen gewijzigd.');
    await expect
      .poll(() => page.getByText('Voicemail ingesproken. Teruggebeld door een collega.').count())
      .toBe(1);
    await expectAccessible(page);
    // Noted a little later than it happened: the attempt takes the time it was really made, not in the future.
    const gebeld = poging.getByLabel('Gebeld op (optioneel)');
    await gebeld.fill(invoertijd(new Date(Date.now() + 86_400_000)));
    await poging.getByRole('button', { name: 'Belpoging vastleggen' }).click();
    await expect
      .poll(() => page.getByText('Een belpoging kan niet in de toekomst liggen.').count())
      .toBeGreaterThan(0);
    await expectAccessible(page);
    const nu = new Date();
    await gebeld.fill(invoertijd(nu));
    await poging.getByRole('button', { name: 'Belpoging vastleggen' }).click();
    await expect.poll(status).toContain('De belpoging is vastgelegd.');
    await expect
      .poll(() => page.getByRole('listitem').filter({ hasText: 'Geen gehoor om 10 uur.' }).textContent())
      .toContain(tijdstip(new Date(Math.floor(nu.getTime() / 60_000) * 60_000)));
    await expect.poll(() => page.getByText('Niet bereikt. Geen gehoor om 10 uur.').count()).toBe(1);
    await expectAccessible(page);

    await poging.getByLabel('Bereikt', { exact: true }).check();
    await poging.getByRole('button', { name: 'Belpoging vastleggen' }).click();
    await expect.poll(() => page.getByText('Inwoner bereikt.').count()).toBe(1);
    await expect.poll(() => page.getByText('3, waarvan 2 zonder contact').count()).toBe(1);

    const afhandelen = page.getByRole('form', { name: 'Afhandelen' });
    await afhandelen.getByLabel('Resultaat').selectOption('beantwoord');
    await afhandelen.getByLabel('Toelichting (optioneel)').fill('Nieuwe WOZ-waarde uitgelegd.');
    await afhandelen.getByRole('button', { name: 'Afhandelen' }).click();
    await expect.poll(() => page.getByRole('alertdialog').count()).toBe(1);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Ja, afhandelen' }).click();
    await expect.poll(status).toContain(`${nummer} is afgehandeld.`);
    await expect.poll(() => page.getByText('Afgehandeld: Beantwoord').count()).toBe(1);
    expect(await page.getByRole('form', { name: 'Afhandelen' }).count()).toBe(0);
    await expectAccessible(page);
  });

  it("the key user's team dashboard counts it as closed this week and links to it", async () => {
    await inloggen('keyuser', 'Dashboard contactverzoeken');
    await page.getByLabel('Team', { exact: true }).selectOption({ label: 'Belastingen' });
    await expect.poll(() => page.getByText(/^Belastingen, stand van/).count()).toBe(1);
    const gesloten = page.getByRole('link', { name: /gesloten deze week/ });
    await expect
      .poll(async () => Number.parseInt((await gesloten.textContent()) ?? '0', 10))
      .toBeGreaterThan(0);
    await expect.poll(() => page.getByRole('img', { name: /Grafiek van de laatste/ }).count()).toBe(1);
    const zaken = page.getByRole('table', { name: 'Zaken per zaaktype' });
    await expect.poll(() => zaken.getByRole('rowheader', { name: 'Totaal' }).count()).toBe(1);
    await expectAccessible(page);
    await gesloten.click();
    await expect.poll(kop).toBe('Werkvoorraad');
    await expect.poll(() => page.getByRole('link', { name: nummer }).count()).toBe(1);
    await expectAccessible(page);

    // The key user chooses among its own teams; the organisation is for the KCC's teamleider.
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Dashboard' })
      .click();
    const teams = page.getByLabel('Team', { exact: true });
    await expect
      .poll(() => teams.locator('option').allTextContents())
      .toEqual(['Belastingen', 'Vergunningen']);
    await expectAccessible(page);
  });

  it('the key user writes down a request from a colleague, assigns it and forwards it', async () => {
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Werkvoorraad' })
      .click();
    await page.getByLabel('Team', { exact: true }).selectOption({ label: 'Belastingen' });
    await page.getByRole('button', { name: 'Nieuw contactverzoek' }).click();
    const formulier = page.getByRole('form', { name: 'Nieuw contactverzoek' });
    await expect.poll(() => formulier.getByLabel('Team', { exact: true }).inputValue()).not.toBe('');
    await formulier.getByRole('button', { name: 'Contactverzoek maken' }).click();
    await expect.poll(() => formulier.getByText('Vul een telefoonnummer of e-mailadres in').count()).toBe(1);
    await expectAccessible(page);
    await formulier.getByLabel('Onderwerp').fill('Betalingsregeling');
    await formulier.getByLabel('Vraag van de inwoner').fill('Kan ik de aanslag in termijnen betalen?');
    await formulier.getByLabel('Naam van de inwoner').fill('J. de Boer');
    await formulier.getByLabel('Terugbellen op telefoonnummer').fill('010 123 4567');
    await formulier.getByRole('button', { name: 'Contactverzoek maken' }).click();
    await expect.poll(status).toMatch(/Contactverzoek CV-\d{4}-\d{6} voor Belastingen, uiterlijk/);
    const nieuw = /CV-\d{4}-\d{6}/.exec((await status()) ?? '')?.[0] ?? '';

    await page.getByLabel('Zoek op nummer, onderwerp of naam').fill(nieuw);
    await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
    await page.getByRole('checkbox', { name: `${nieuw} kiezen` }).check();
    await page.getByLabel('Toewijzen aan').selectOption({ label: 'Pieter Jansen' });
    await page.getByRole('button', { name: 'Toewijzen', exact: true }).click();
    await expect.poll(status).toContain('1 verzoek toegewezen aan Pieter Jansen.');
    await expect
      .poll(() => page.getByRole('row').filter({ hasText: nieuw }).textContent())
      .toContain('Pieter Jansen');
    await expectAccessible(page);

    // It turns out to be a question for Vergunningen: forwarded with a fresh deadline, for a reason.
    await page.getByRole('link', { name: nieuw }).click();
    await expect.poll(kop).toBe(`Contactverzoek ${nieuw}`);
    const doorsturen = page.getByRole('form', { name: 'Doorsturen naar een ander team' });
    await doorsturen.getByLabel('Naar team').selectOption({ label: 'Vergunningen' });
    await doorsturen.getByLabel('Termijn opnieuw laten ingaan').check();
    await doorsturen.getByRole('button', { name: 'Doorsturen' }).click();
    await expect.poll(() => doorsturen.getByText('Geef een reden voor de nieuwe termijn.').count()).toBe(1);
    await expectAccessible(page);
    await doorsturen.getByLabel('Reden voor de nieuwe termijn').fill('Hoort bij de vergunningaanvraag.');
    await doorsturen.getByRole('button', { name: 'Doorsturen' }).click();
    await expect.poll(status).toContain('Doorgestuurd naar Vergunningen.');
    await expect.poll(() => page.getByText(/Nieuwe termijn tot en met .*: Hoort bij/).count()).toBe(1);
    await expectAccessible(page);
  });

  it("the key user makes this week's report and reads the notifications", async () => {
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Rapporten' })
      .click();
    await expect.poll(kop).toBe('Rapporten');
    await expectAccessible(page);
    await page
      .getByRole('form', { name: 'Nu maken' })
      .getByLabel('Team')
      .selectOption({ label: 'Belastingen' });
    await page.getByRole('button', { name: 'Rapport maken' }).click();
    await expect.poll(status).toMatch(/Weekrapport Belastingen .* is gemaakt/);
    const pdf = page.getByRole('link', { name: /^PDF van Weekrapport Belastingen/ }).first();
    const href = (await pdf.getAttribute('href')) as string;
    const antwoord = await page.request.get(`${baseUrl()}${href}`);
    expect(antwoord.status()).toBe(200);
    expect(antwoord.headers()['content-type']).toContain('application/pdf');
    await expectAccessible(page);

    // A range of days of the key user's choice; a range that ends before it starts gets a Dutch field error.
    const vandaag = invoertijd(new Date()).slice(0, 10);
    const nuMaken = page.getByRole('form', { name: 'Nu maken' });
    await nuMaken.getByLabel('Periode').selectOption({ label: 'Een periode van dagen' });
    await nuMaken.getByLabel('Eerste dag').fill(plusDagen(vandaag, -14));
    await nuMaken.getByLabel('Laatste dag').fill(plusDagen(vandaag, -20));
    await page.getByRole('button', { name: 'Rapport maken' }).click();
    await expect
      .poll(() => nuMaken.getByText('De laatste dag ligt vóór de eerste.').count())
      .toBeGreaterThan(0);
    await expectAccessible(page);
    await nuMaken.getByLabel('Laatste dag').fill(plusDagen(vandaag, -7));
    await page.getByRole('button', { name: 'Rapport maken' }).click();
    await expect.poll(status).toMatch(/Rapport over een gekozen periode Belastingen .* is gemaakt/);
    await expectAccessible(page);

    await page.getByRole('link', { name: /^Meldingen/ }).click();
    await expect.poll(kop).toBe('Meldingen');
    await expectAccessible(page);
  });

  it("the agent sees it on the resident's timeline", async () => {
    await inloggen('kcc', /Welkom, Sanne de Vries/);
    await openKaart('999991723', 'Lukas Klamer');
    const item = page
      .getByRole('region', { name: 'Tijdlijn' })
      .getByRole('listitem')
      .filter({ hasText: nummer });
    await expect.poll(() => item.textContent()).toContain('Afgehandeld: Beantwoord');
    await expectAccessible(page);
  });
});
