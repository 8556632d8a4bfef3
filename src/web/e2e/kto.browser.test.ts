import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { baseUrl, expectAccessible, inloggenAls, openBrowser, paginakop } from './browser';

let browser: Browser;
let page: Page;
const EMAIL = 'kto-inwoner@example.nl';
const OPMERKING = 'Niemand wist het antwoord, ik moest drie keer bellen.';
/** The path of the link in the invitation mail. */
let link = '';

beforeAll(async () => {
  browser = await openBrowser();
  page = await (await browser.newContext({ locale: 'nl-NL' })).newPage();
  page.setDefaultTimeout(10_000);
});
afterAll(() => browser?.close());

const menu = () => page.getByRole('navigation', { name: 'Hoofdmenu' });

/** An API call in the logged-in employee's session, as the screens make it. */
async function alsMedewerker(method: 'POST' | 'PUT' | 'GET', pad: string, data?: unknown) {
  const { csrfToken } = await (await page.request.get(`${baseUrl()}/api/v1/sessie`)).json();
  const res = await page.request.fetch(`${baseUrl()}/api/v1${pad}`, {
    method,
    data,
    headers: { 'x-csrf-token': csrfToken },
  });
  expect(res.ok(), `${method} ${pad}: ${await res.text()}`).toBe(true);
  return res.json();
}

describe('a KTO from the invitation mail to the figures on the Sturing screen', () => {
  it('the back office closes a callback request of a resident the KCC wrote down', async () => {
    await inloggenAls(page, 'kcc', /Welkom, Sanne de Vries/);
    const { id } = await alsMedewerker('POST', '/partijen/personen', { bsn: inject('nieuweInwoner') });
    const partij = await alsMedewerker('GET', `/partijen/${id}`);
    await alsMedewerker('PUT', `/partijen/${partij.id}/contactgegevens`, {
      versie: partij.versie,
      telefoonnummers: [],
      emailadressen: [{ waarde: EMAIL }],
    });
    const teams = await alsMedewerker('GET', '/teams?pageSize=100');
    const belastingen = teams.items.find((t: { naam: string }) => t.naam === 'Belastingen');
    const verzoek = await alsMedewerker('POST', '/contactverzoeken', {
      teamId: belastingen.id,
      partijId: partij.id,
      onderwerp: 'Aanslag afvalstoffenheffing',
      vraag: 'Waarom betaal ik voor twee containers?',
    });

    await inloggenAls(page, 'backoffice', 'Werkvoorraad');
    await page.goto(`${baseUrl()}/contactverzoeken/${verzoek.id}`);
    await expect.poll(() => paginakop(page)).toBe(`Contactverzoek ${verzoek.nummer}`);
    const afhandelen = page.getByRole('form', { name: 'Afhandelen' });
    await afhandelen.getByLabel('Resultaat').selectOption('beantwoord');
    await afhandelen.getByRole('button', { name: 'Afhandelen' }).click();
    await page.getByRole('button', { name: 'Ja, afhandelen' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('is afgehandeld.');
  });

  it('the resident gets an invitation by mail with a link', async () => {
    await inloggenAls(page, 'beheerder', /Welkom, Fatima el Amrani/);
    // The outbox sends it just after the transaction: wait for it before searching the mailbox.
    await expect
      .poll(async () => (await alsMedewerker('GET', `/mails?q=${EMAIL}`)).items.length, { timeout: 15_000 })
      .toBe(2);
    await menu().getByRole('link', { name: 'Mailbox' }).click();
    await expect.poll(() => paginakop(page)).toBe('Mailbox');
    await page.getByLabel('Zoek op ontvanger of onderwerp').fill(EMAIL);
    await page.getByRole('button', { name: 'Zoeken' }).click();
    const uitnodiging = page.getByRole('link', { name: 'Hoe hebben wij u geholpen?' });
    await uitnodiging.click();
    await expect.poll(() => paginakop(page)).toBe('Hoe hebben wij u geholpen?');
    const tekst = (await page.locator('pre').textContent()) ?? '';
    expect(tekst).toContain('Wij hebben onlangs uw vraag aan de gemeente afgehandeld.');
    // The mail links to BASE_URL; this server runs on another port.
    link = new URL(/https?:\/\/\S+\/kto\/\S+/.exec(tekst)?.[0] ?? '').pathname;
    expect(link).toMatch(/^\/kto\/[A-Za-z0-9_-]{40,}$/);
    await expectAccessible(page);
  });

  it('the resident answers on the public page, without logging in, once', async () => {
    const inwoner = await (await browser.newContext({ locale: 'nl-NL' })).newPage();
    await inwoner.goto(`${baseUrl()}${link}`);
    await expect.poll(() => paginakop(inwoner)).toBe('Hoe hebben wij u geholpen?');
    await expect.poll(() => inwoner.getByText(/de afhandeling van uw vraag/).count()).toBe(1);
    await expectAccessible(inwoner);

    await inwoner.getByRole('button', { name: 'Versturen' }).click();
    await expect.poll(() => inwoner.getByText('Kies een cijfer van 1 tot en met 5.').count()).toBe(1);
    await expect
      .poll(() => inwoner.getByText('Geef aan of uw vraag in één keer geregeld is.').count())
      .toBe(1);
    await expectAccessible(inwoner);

    await inwoner
      .getByRole('group', { name: 'Hoe tevreden bent u over hoe wij u hebben geholpen?' })
      .getByLabel('Zeer ontevreden')
      .check();
    await inwoner
      .getByRole('group', { name: 'Was uw vraag in één keer geregeld?' })
      .getByLabel('Nee')
      .check();
    await inwoner.getByLabel('Wilt u nog iets kwijt? (niet verplicht)').fill(OPMERKING);
    await inwoner.getByRole('button', { name: 'Versturen' }).click();
    await expect.poll(() => inwoner.getByRole('status').textContent()).toContain('Dank u wel!');
    await expectAccessible(inwoner);

    await inwoner.reload();
    await expect
      .poll(() => inwoner.getByText('U hebt deze vragenlijst al ingevuld. Dank u wel!').count())
      .toBe(1);
    await inwoner.context().close();
  });

  it("the team's key user is told and reads the result under Sturing", async () => {
    await inloggenAls(page, 'keyuser', 'Dashboard contactverzoeken');
    await page.getByRole('link', { name: /^Meldingen/ }).click();
    await expect
      .poll(() => page.getByText('KTO: een inwoner gaf een 1 met een opmerking').count())
      .toBeGreaterThan(0);
    await menu().getByRole('link', { name: 'Sturing' }).click();
    await expect.poll(() => paginakop(page)).toBe('Sturing op dienstverlening');
    await page.getByLabel('Team', { exact: true }).selectOption({ label: 'Belastingen' });
    const opmerkingen = page.getByRole('table', { name: /Opmerkingen van inwoners/ });
    await expect.poll(() => opmerkingen.getByRole('row').filter({ hasText: OPMERKING }).count()).toBe(1);
    const rij = page
      .getByRole('table', { name: 'Klanttevredenheid per kanaal of aanleiding' })
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'Contactverzoek (na afhandeling)' }) });
    const cellen = (await rij.locator('th, td').allTextContents()).map((t) => t.trim());
    expect(Number(cellen[2])).toBeGreaterThanOrEqual(1);
    await expectAccessible(page);
  });
});
