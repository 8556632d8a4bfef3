import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, inloggenAls, openBrowser } from './browser';

// The whole chain on the demo catalogue: a question about an evenementenvergunning becomes a
// zaak of Vergunningen (whose key user Noor Bakker handles it), and the resident hears of it.
let browser: Browser;
let page: Page;
/** The zaak's number, as the agent reads it to the resident. */
let identificatie = '';
const inwoner = { bsn: '999992247', naam: 'Kees Zaal', email: 'kees.zaal@example.nl' };
const vraag = 'Ik wil op 20 juni een buurtfeest houden op het Vredesplein, met een podium.';

beforeAll(async () => {
  browser = await openBrowser();
  const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1440, height: 900 } });
  page = await context.newPage();
  page.setDefaultTimeout(10_000);
});
afterAll(() => browser?.close());

const kop = () => page.getByRole('heading', { level: 1 }).textContent();
/** Every status message on the page (a section keeps its own). */
const status = async () => (await page.getByRole('status').allTextContents()).join(' ');
const focusId = () => page.evaluate(() => document.activeElement?.id);
const menu = (naam: string) =>
  page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: naam }).click();

const inloggen = (gebruikersnaam: string, startpagina: string | RegExp) =>
  inloggenAls(page, gebruikersnaam, startpagina);

async function openKaart() {
  await menu('Werkplek');
  await expect.poll(focusId).toBe('werkplek-zoek');
  await page.keyboard.type(inwoner.bsn);
  await expect.poll(() => page.getByRole('option', { name: new RegExp(inwoner.naam) }).count()).toBe(1);
  await page.keyboard.press('Enter');
  await expect.poll(() => page.getByRole('heading', { name: `Contact met ${inwoner.naam}` }).count()).toBe(1);
}

describe('a question at the desk becomes a zaak, handled to the end, and the resident hears of it', () => {
  it('the agent makes the zaak from the running contact: zaaktype by the product, the question as omschrijving', async () => {
    await inloggen('kcc', /Welkom, Sanne de Vries/);
    await openKaart();
    // The resident's e-mail address, so that the status messages go by mail.
    await page.getByRole('button', { name: 'Contactgegevens wijzigen' }).click();
    await page.getByLabel('E-mailadres').fill(inwoner.email);
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    const kaart = page.getByRole('region', { name: inwoner.naam, exact: true });
    await expect.poll(() => kaart.textContent()).toContain(inwoner.email);

    // No product yet: nothing to make a zaak of.
    expect(await page.getByRole('button', { name: 'Zaak aanmaken bij vraag 1' }).count()).toBe(0);
    await page.locator('#onderwerp-0').fill('Evenementenvergunning');
    await page
      .getByRole('list', { name: 'Producten uit de catalogus' })
      .getByRole('button', { name: 'Evenementenvergunning', exact: true })
      .click();
    await page.locator('#vraag-0').fill(vraag);
    const zaakKnop = page.getByRole('button', { name: 'Zaak aanmaken bij vraag 1' });
    await expect.poll(() => zaakKnop.count()).toBe(1);
    await expectAccessible(page);

    await zaakKnop.focus();
    await page.keyboard.press('Enter');
    await expect.poll(focusId).toBe('zaak-0-omschrijving');
    const zaakDeel = page.getByRole('group', { name: 'Zaak bij vraag 1' });
    await expect
      .poll(() => zaakDeel.textContent())
      .toContain('Zaaktype: Evenementenvergunning. Behandeld door Vergunningen.');
    expect(await page.locator('#zaak-0-omschrijving').inputValue()).toBe(vraag.slice(0, 80).trim());
    expect(await page.locator('#uitkomst-0').inputValue()).toBe('zaak');
    await expectAccessible(page);

    // An empty omschrijving is named at the field, and nothing is saved.
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Control+Enter');
    await expect
      .poll(() => page.getByRole('alert').first().textContent())
      .toContain('Vul de zaak aan. Het contact is nog niet opgeslagen.');
    await expect.poll(() => zaakDeel.getByText('Vul de omschrijving van de zaak in.').count()).toBe(1);
    await expectAccessible(page);

    await page.keyboard.type('Buurtfeest Vredesplein 20 juni');
    await page.keyboard.press('Control+Enter');
    const melding = page
      .getByRole('status')
      .filter({ hasText: `Contact met ${inwoner.naam} is geregistreerd.` });
    const link = melding.getByRole('link', { name: /^ZAAK-\d{4}-\d{7}$/ });
    await expect.poll(() => link.count()).toBe(1);
    identificatie = (await link.textContent()) as string;
    expect(await melding.textContent()).toMatch(
      new RegExp(`Zaak ${identificatie} voor Vergunningen, uiterlijk klaar op .+ \\d{4}\\.`),
    );
    await expectAccessible(page);

    await link.click();
    await expect.poll(kop).toBe(`Zaak ${identificatie}`);
    await expect.poll(() => page.getByText(/Deze zaak ligt bij Vergunningen/).count()).toBe(1);
    await expect.poll(() => page.getByText(inwoner.naam).count()).toBeGreaterThan(0);
    await expectAccessible(page);
  });

  it("the team's key user claims it, adds a document, suspends and resumes it", async () => {
    await inloggen('keyuser', /.+/);
    await menu('Zaken');
    await expect.poll(kop).toBe('Zaken');
    await page.getByLabel('Team', { exact: true }).selectOption({ label: 'Vergunningen' });
    await page.getByLabel('Zoek op zaaknummer of omschrijving').fill(identificatie);
    await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
    const rij = page.getByRole('row').filter({ hasText: identificatie });
    await expect.poll(() => rij.textContent()).toContain('Buurtfeest Vredesplein 20 juni');
    await expect.poll(() => rij.textContent()).toContain('Evenementenvergunning');
    await expectAccessible(page);
    await rij.getByRole('link', { name: identificatie }).click();
    await expect.poll(kop).toBe(`Zaak ${identificatie}`);
    await page.getByRole('button', { name: 'Oppakken' }).click();
    await expect.poll(status).toContain(`U hebt ${identificatie} opgepakt.`);
    await expectAccessible(page);

    const document = page.getByRole('form', { name: 'Document toevoegen' });
    await document.getByLabel('Bestand').setInputFiles({
      name: 'situatietekening.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n% podium en nooduitgangen\n%%EOF\n'),
    });
    await document.getByLabel('Titel (niet verplicht)').fill('Situatietekening');
    await document.getByRole('button', { name: 'Toevoegen' }).click();
    await expect.poll(status).toContain('Document "Situatietekening" is toegevoegd.');
    const documenten = page.getByRole('table', { name: 'Documenten van de zaak' });
    await expect.poll(() => documenten.textContent()).toContain('situatietekening.pdf');
    await expectAccessible(page);

    const opschorten = page.getByRole('form', { name: 'Opschorten' });
    await opschorten.getByLabel('Reden van de opschorting').fill('Wacht op de verklaring van de organisator');
    await opschorten.getByRole('button', { name: 'Opschorten' }).click();
    await page.getByRole('button', { name: 'Ja, opschorten' }).click();
    await expect.poll(status).toContain(`${identificatie} is opgeschort.`);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Hervatten' }).click();
    await expect.poll(status).toContain(`${identificatie} is hervat`);
    await expectAccessible(page);
  });

  it('sets a status that informs the resident, and closes it with a resultaat', async () => {
    const form = page.getByRole('form', { name: 'Status zetten' });
    await form
      .getByLabel('Nieuwe status')
      .selectOption({ label: 'Advies hulpdiensten gevraagd (de aanvrager krijgt bericht)' });
    await form.getByRole('button', { name: 'Status zetten' }).click();
    await expect.poll(status).toContain('De status is nu "Advies hulpdiensten gevraagd".');
    await expectAccessible(page);

    const afsluiten = page.getByRole('form', { name: 'Afsluiten' });
    await afsluiten.getByLabel('Resultaat').selectOption({ label: 'Geweigerd' });
    await afsluiten.getByRole('button', { name: 'Afsluiten' }).click();
    await page.getByRole('button', { name: 'Ja, afsluiten' }).click();
    await expect.poll(status).toContain(`${identificatie} is afgesloten met resultaat "Geweigerd".`);
    await expect.poll(() => page.getByText('Afgesloten: Geweigerd').count()).toBe(1);
    await expectAccessible(page);
  });

  it('the party card at the desk shows the zaak closed with its result', async () => {
    await inloggen('kcc', /Welkom, Sanne de Vries/);
    await openKaart();
    const item = page
      .getByRole('region', { name: 'Zaken' })
      .getByRole('listitem')
      .filter({ hasText: identificatie });
    await expect.poll(() => item.textContent()).toContain('Afgesloten: Geweigerd');
    await expect.poll(() => item.textContent()).toContain('Buurtfeest Vredesplein 20 juni');
    await expectAccessible(page);
  });

  it('the resident got a mail when the zaak was received and when the advice was asked', async () => {
    await inloggen('beheerder', /Welkom, Fatima el Amrani/);
    const mails = page.getByRole('row').filter({ hasText: identificatie });
    const zoekMails = async () => {
      await menu('Mailbox');
      await expect.poll(kop).toBe('Mailbox');
      await page.getByLabel('Zoek op ontvanger of onderwerp').fill(identificatie);
      await page.getByRole('button', { name: 'Zoeken' }).click();
      return mails.count();
    };
    // The outbox sends them after the transaction: look again until both are there.
    await expect.poll(zoekMails, { timeout: 15_000 }).toBe(2);
    expect(await mails.allTextContents()).toEqual([
      expect.stringContaining(inwoner.email),
      expect.stringContaining(inwoner.email),
    ]);
    await expectAccessible(page);

    const teksten: string[] = [];
    for (const i of [0, 1]) {
      if (i > 0) await expect.poll(zoekMails).toBe(2);
      await mails.nth(i).getByRole('link').click();
      await expect.poll(kop).toBe(`Uw zaak ${identificatie}: Buurtfeest Vredesplein 20 juni`);
      await expect.poll(() => page.getByText(`Beste ${inwoner.naam},`).count()).toBe(1);
      teksten.push((await page.locator('main').textContent()) ?? '');
      await expectAccessible(page);
    }
    expect(teksten.join('\n')).toContain('We hebben uw aanvraag voor een evenementenvergunning ontvangen.');
    expect(teksten.join('\n')).toContain('We vragen politie, brandweer en GHOR om advies over uw evenement.');
  });
});
