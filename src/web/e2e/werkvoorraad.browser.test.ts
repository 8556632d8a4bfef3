import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, expectAccessible, openBrowser } from './browser';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await openBrowser();
  page = await (
    await browser.newContext({ locale: 'nl-NL', viewport: { width: 1440, height: 900 } })
  ).newPage();
  page.setDefaultTimeout(10_000);
  await page.goto(baseUrl());
  await page.getByLabel('Gebruikersnaam').fill('backoffice');
  await page.getByLabel('Wachtwoord').fill('Voorbeeldstad-2026');
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByRole('button', { name: 'Uitloggen' }).waitFor();
  await vulWerkvoorraadAan(12);
  await page.goto(`${baseUrl()}/werkvoorraad`);
  await page.locator('tbody tr').nth(10).waitFor();
});
afterAll(() => browser?.close());

/**
 * Makes sure the queue the page opens with (open requests of the user's first team) holds at
 * least `aantal`, whatever the demo data happens to have: the missing ones are made through the
 * API, for a resident who already has a request in that team, so each row links to a card.
 */
async function vulWerkvoorraadAan(aantal: number) {
  const api = `${baseUrl()}/api/v1`;
  const sessie = await (await page.request.get(`${api}/sessie`)).json();
  const teamId: string = sessie.medewerker.teams[0].id;
  const lijst = async (status?: string) => {
    const query = new URLSearchParams({ teamId, pageSize: '100', ...(status && { status }) });
    return (await page.request.get(`${api}/contactverzoeken?${query}`)).json();
  };
  const open = await lijst('open');
  const partijId = (await lijst()).items.find((v: { partijId: string | null }) => v.partijId)?.partijId;
  expect(partijId, 'a request with a resident in the team').toBeTruthy();
  for (let i = open.total; i < aantal; i++) {
    const antwoord = await page.request.post(`${api}/contactverzoeken`, {
      data: {
        teamId,
        partijId,
        onderwerp: 'Aanslag',
        vraag: `Vraag ${i + 1} over de aanslag.`,
        telefoon: '0612345678',
      },
      headers: { 'x-csrf-token': sessie.csrfToken },
    });
    expect(antwoord.status()).toBe(201);
  }
}

/** The rows of the queue that are wholly on the screen, measured from the page as it is laid out. */
const heleRijen = () =>
  page.evaluate(() => {
    const hoogte = window.innerHeight;
    return [...document.querySelectorAll('tbody tr')].filter((rij) => {
      const vak = rij.getBoundingClientRect();
      return vak.height > 0 && vak.top >= 0 && vak.bottom <= hoogte;
    }).length;
  });

describe('the werkvoorraad as the back office works it all day', () => {
  it('shows at least ten requests on a 1440×900 screen', async () => {
    await page.screenshot({ path: '/tmp/bo/werkvoorraad.png' });
    expect(await heleRijen()).toBeGreaterThanOrEqual(10);
    await expectAccessible(page);
  });

  it("links each request of a known resident to the resident's card on the desk", async () => {
    // One in five demo requests is of a caller who was not looked up: that row names them without a card.
    const link = page
      .locator('tbody')
      .getByRole('link', { name: /kaart op de werkplek/ })
      .first();
    expect(await link.getAttribute('href')).toMatch(/^\/werkplek\?partij=[0-9a-f-]{36}$/);
  });

  it('lists closed requests newest first', async () => {
    await page.getByLabel('Status').selectOption({ label: 'Afgehandeld' });
    await expect
      .poll(() => page.getByRole('columnheader', { name: /Afgehandeld/ }).getAttribute('aria-sort'))
      .toBe('descending');
    await page.locator('tbody tr').nth(5).waitFor();
    const afgehandeld = await page.evaluate(() => {
      const koppen = [...document.querySelectorAll('thead th')].map((th) => th.textContent ?? '');
      const kolom = koppen.findIndex((k) => k.startsWith('Afgehandeld'));
      return [...document.querySelectorAll('tbody tr')].map(
        (rij) => (rij as HTMLTableRowElement).cells[kolom].querySelector('time')?.dateTime ?? '',
      );
    });
    expect(afgehandeld.length).toBeGreaterThan(5);
    expect(afgehandeld).toEqual([...afgehandeld].sort().reverse());
    await expectAccessible(page);
  });
});
