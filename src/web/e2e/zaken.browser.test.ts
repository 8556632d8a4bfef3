import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { baseUrl, expectAccessible, inloggenAls, openBrowser } from './browser';

let browser: Browser;
let page: Page;
/** The zaak's number, as the agent reads it to the resident. */
let identificatie = '';
const zaaktype = inject('zaaktype');

beforeAll(async () => {
  browser = await openBrowser();
  page = await (await browser.newContext({ locale: 'nl-NL' })).newPage();
  page.setDefaultTimeout(10_000);
});
afterAll(() => browser?.close());

const kop = () => page.getByRole('heading', { level: 1 }).textContent();
const status = () => page.getByRole('status').textContent();
const menu = (naam: string) =>
  page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: naam }).click();
const zakenOpKaart = () => page.getByRole('region', { name: 'Zaken' });
/** The caller's open zaken before the agent makes one: the demo may have given them some. */
let openVooraf = 0;
async function openZaken() {
  const tekst = (await zakenOpKaart().textContent()) ?? '';
  return tekst.includes('Geen open zaken') ? 0 : Number(/(\d+) open/.exec(tekst)?.[1]);
}

const inloggen = (gebruikersnaam: string, startpagina: string | RegExp) =>
  inloggenAls(page, gebruikersnaam, startpagina);

async function openKaart() {
  await menu('Werkplek');
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('werkplek-zoek');
  await page.keyboard.type('999993872');
  await expect.poll(() => page.getByRole('option', { name: /Meijden/ }).count()).toBe(1);
  await page.keyboard.press('Enter');
  await expect.poll(() => page.getByRole('heading', { name: /Contact met .*Meijden/ }).count()).toBe(1);
}

describe('a zaak from the desk, handled by the back office', () => {
  it('the agent makes a zaak for the caller from the card', async () => {
    await inloggen('kcc', /Welkom, Sanne de Vries/);
    await openKaart();
    await expect.poll(openZaken).not.toBeNaN();
    openVooraf = await openZaken();
    await zakenOpKaart().getByRole('button', { name: 'Zaak aanmaken' }).click();
    const formulier = page.getByRole('form', { name: 'Zaak aanmaken' });
    await formulier.getByRole('button', { name: 'Zaak aanmaken' }).click();
    await expect.poll(() => formulier.getByText('Vul de omschrijving van de zaak in.').count()).toBe(1);
    await expectAccessible(page);

    await formulier.getByLabel('Zaaktype').selectOption(zaaktype.id);
    await formulier.getByLabel('Omschrijving').fill('Parkeervergunning Goudsesingel');
    await formulier.getByRole('button', { name: 'Zaak aanmaken' }).click();
    await expect.poll(status).toMatch(/Zaak ZAAK-\d{4}-\d{7} is aangemaakt voor Belastingen/);
    identificatie = /ZAAK-\d{4}-\d{7}/.exec((await status()) ?? '')?.[0] ?? '';
    const item = zakenOpKaart().getByRole('listitem').filter({ hasText: identificatie });
    await expect.poll(() => item.textContent()).toContain('Ontvangen');
    await expect.poll(openZaken).toBe(openVooraf + 1);
    await expectAccessible(page);
  });

  it('a back-office employee finds it in the team queue and claims it', async () => {
    await inloggen('backoffice', 'Werkvoorraad');
    await menu('Zaken');
    await expect.poll(kop).toBe('Zaken');
    await expect.poll(() => page.getByLabel('Team', { exact: true }).inputValue()).not.toBe('');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Niet toegewezen' }).click();
    await page.getByLabel('Zoek op zaaknummer of omschrijving').fill(identificatie);
    await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
    const rij = page.getByRole('row').filter({ hasText: identificatie });
    await expect.poll(() => rij.textContent()).toContain('Parkeervergunning Goudsesingel');
    await expect.poll(() => rij.textContent()).toContain('Nog niemand');
    await expectAccessible(page);

    await rij.getByRole('link', { name: identificatie }).click();
    await expect.poll(kop).toBe(`Zaak ${identificatie}`);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Oppakken' }).click();
    await expect.poll(status).toContain(`U hebt ${identificatie} opgepakt.`);
    const behandelaar = page.locator('.utrecht-data-list__item').filter({ hasText: 'Behandelaar' });
    await expect.poll(() => behandelaar.textContent()).toContain('Pieter Jansen');
    expect(await page.getByRole('button', { name: 'Oppakken' }).count()).toBe(0);
    await expectAccessible(page);
  });

  it('sets a status; a change by a colleague first is shown, not overwritten', async () => {
    const form = page.getByRole('form', { name: 'Status zetten' });
    await form
      .getByLabel('Nieuwe status')
      .selectOption({ label: 'In behandeling (de aanvrager krijgt bericht)' });

    const { csrfToken } = await (await page.request.get(`${baseUrl()}/api/v1/sessie`)).json();
    const id = page.url().split('/').pop();
    const collega = await page.request.post(`${baseUrl()}/api/v1/zaken/${id}/notities`, {
      data: { tekst: 'Kentekenbewijs is binnen.' },
      headers: { 'x-csrf-token': csrfToken },
    });
    expect(collega.status()).toBe(200);
    await form.getByRole('button', { name: 'Status zetten' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('gewijzigd door een ander');
    await expect.poll(() => page.getByText(/Kentekenbewijs is binnen\./).count()).toBe(1);
    await expectAccessible(page);

    await form.getByRole('button', { name: 'Status zetten' }).click();
    await expect.poll(status).toContain('De status is nu "In behandeling".');
    const statussen = page.getByRole('region', { name: 'Statussen' });
    await expect.poll(() => statussen.getByRole('listitem').allTextContents()).toHaveLength(2);
    await expectAccessible(page);
  });

  it('records an eigenschap after its formaat and extends the zaak within the verlengingstermijn', async () => {
    const eigenschap = page.getByRole('form', { name: 'Eigenschap vastleggen' });
    await eigenschap.getByLabel('Eigenschap').selectOption({ label: 'kenteken' });
    await eigenschap.getByLabel('Waarde').fill('AB-123-CDEF');
    await eigenschap.getByRole('button', { name: 'Eigenschap vastleggen' }).click();
    await expect.poll(() => eigenschap.getByText('kenteken is te lang: maximaal 8 tekens.').count()).toBe(1);
    await expectAccessible(page);
    await eigenschap.getByLabel('Waarde').fill('AB-123-C');
    await eigenschap.getByRole('button', { name: 'Eigenschap vastleggen' }).click();
    await expect.poll(status).toContain('kenteken is vastgelegd.');
    await expect
      .poll(() => page.getByRole('region', { name: 'Eigenschappen' }).textContent())
      .toContain('AB-123-C');

    const verlengen = page.getByRole('form', { name: 'Verlengen' });
    await expect
      .poll(() => verlengen.getByLabel('Verlengen met').locator('option').allTextContents())
      .toEqual(['Kies een duur', '1 week', '2 weken', '3 weken', '4 weken', '5 weken', '6 weken']);
    await verlengen.getByLabel('Verlengen met').selectOption({ label: '2 weken' });
    await verlengen.getByRole('button', { name: 'Verlengen' }).click();
    await expect.poll(() => verlengen.getByText('Vul de reden van de verlenging in.').count()).toBe(1);
    await expectAccessible(page);
    await verlengen.getByLabel(/^Reden/).fill('Advies van de verkeersdeskundige nodig');
    await verlengen.getByRole('button', { name: 'Verlengen' }).click();
    await expect.poll(status).toMatch(/is verlengd tot uiterlijk .*; de aanvrager krijgt bericht\./);
    await expect
      .poll(() =>
        page.getByText('met 2 weken: Advies van de verkeersdeskundige nodig', { exact: true }).count(),
      )
      .toBe(1);
    expect(await page.getByRole('form', { name: 'Verlengen' }).count()).toBe(0);
    await expectAccessible(page);
  });

  it('suspends it after confirming, and resumes it', async () => {
    const form = page.getByRole('form', { name: 'Opschorten' });
    await form.getByRole('button', { name: 'Opschorten' }).click();
    await expect.poll(() => form.getByText('Vul de reden van de opschorting in.').count()).toBe(1);
    expect(await page.getByRole('alertdialog').count()).toBe(0);
    await expectAccessible(page);

    await form.getByLabel('Reden van de opschorting').fill('Wacht op de verklaring van de werkgever');
    await form.getByRole('button', { name: 'Opschorten' }).click();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Ja, opschorten' }).click();
    await expect.poll(status).toContain(`${identificatie} is opgeschort.`);
    await expect.poll(() => page.getByText(/^sinds .*: Wacht op de verklaring/).count()).toBe(1);
    expect(await page.getByRole('form', { name: 'Afsluiten' }).count()).toBe(0);
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Hervatten' }).click();
    await expect.poll(status).toContain(`${identificatie} is hervat`);
    expect(await page.getByRole('form', { name: 'Opschorten' }).count()).toBe(0);
    await expectAccessible(page);
  });

  it('closes it with a resultaat, and the archive data follow from it', async () => {
    const form = page.getByRole('form', { name: 'Afsluiten' });
    await form.getByRole('button', { name: 'Afsluiten' }).click();
    await expect.poll(() => form.getByText('Kies het resultaat.').count()).toBe(1);
    await form.getByLabel('Resultaat').selectOption({ label: 'Verleend' });
    await form.getByRole('button', { name: 'Afsluiten' }).click();
    await expect.poll(() => page.getByRole('alertdialog').count()).toBe(1);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Ja, afsluiten' }).click();
    await expect.poll(status).toContain(`${identificatie} is afgesloten met resultaat "Verleend".`);
    await expect.poll(() => page.getByText('Afgesloten: Verleend').count()).toBe(1);
    await expect.poll(() => page.getByText('Vernietigen', { exact: true }).count()).toBe(1);
    expect(await page.getByRole('form').count()).toBe(0);
    await expectAccessible(page);
  });

  it('the desk card shows the zaak with its result, and the agent sees where it stands', async () => {
    await inloggen('kcc', /Welkom, Sanne de Vries/);
    await openKaart();
    const item = zakenOpKaart().getByRole('listitem').filter({ hasText: identificatie });
    await expect.poll(() => item.textContent()).toContain('Afgesloten: Verleend');
    await expect.poll(openZaken).toBe(openVooraf);
    await expectAccessible(page);
    await item.getByRole('link', { name: identificatie }).click();
    await expect.poll(kop).toBe(`Zaak ${identificatie}`);
    await expect.poll(() => page.getByText(/Deze zaak ligt bij Belastingen/).count()).toBe(1);
    expect(await page.getByText(/Kentekenbewijs is binnen/).count()).toBe(0);
    await expectAccessible(page);
  });
});
