import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, expectAccessible, openBrowser } from './browser';

/** Need-to-know on the screens: they offer only what the server would allow. */
let browser: Browser;

beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(() => browser?.close());

async function inloggen(gebruikersnaam: string): Promise<Page> {
  const page = await (await browser.newContext({ locale: 'nl-NL' })).newPage();
  page.setDefaultTimeout(10_000);
  await page.goto(baseUrl());
  await page.getByLabel('Gebruikersnaam').fill(gebruikersnaam);
  await page.getByLabel('Wachtwoord').fill('Voorbeeldstad-2026');
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect.poll(() => page.getByRole('navigation', { name: 'Hoofdmenu' }).count()).toBe(1);
  return page;
}

describe('a back-office employee of Belastingen', () => {
  it("works Belastingen's queue and is not offered Vergunningen's, which the server refuses", async () => {
    const page = await inloggen('backoffice');
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Werkvoorraad' })
      .click();
    await expect.poll(() => page.getByRole('heading', { name: 'Werkvoorraad' }).count()).toBe(1);
    const opties = () => page.getByLabel('Team').locator('option').allTextContents();
    await expect.poll(opties).toContain('Belastingen');
    expect(await opties()).not.toContain('Vergunningen');
    await expect.poll(() => page.getByRole('table', { name: 'Contactverzoeken' }).count()).toBe(1);
    await expectAccessible(page);
    const teams = (await (await page.request.get(`${baseUrl()}/api/v1/teams?q=Vergunningen`)).json()) as {
      items: { id: string }[];
    };
    await page.goto(`${baseUrl()}/werkvoorraad?teamId=${teams.items[0].id}`);
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('U hebt geen toegang tot de werkvoorraad van dit team.');
    await expectAccessible(page);
  });
});

describe('the agent and the BSN', () => {
  it('the card shows the BSN masked, and in full only after "Toon BSN" with a reason', async () => {
    const page = await inloggen('kcc');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Werkplek' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('werkplek-zoek');
    await page.keyboard.type('Moulin 1-12-1985');
    const resultaat = page.getByRole('option', { name: /Suzanne Moulin/ });
    await expect.poll(() => resultaat.count()).toBe(1);
    expect(await resultaat.textContent()).toContain('•••••3653');
    expect(await page.content()).not.toContain('999993653');
    await resultaat.click();
    await expect
      .poll(() => page.getByRole('heading', { name: 'Contact met Suzanne Moulin' }).count())
      .toBe(1);
    expect(await page.content()).not.toContain('999993653');
    await page.getByRole('button', { name: 'Toon BSN' }).click();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'BSN tonen' }).click();
    await expect
      .poll(() => page.getByText('Geef een reden waarom u het BSN inziet.').count())
      .toBeGreaterThan(0);
    expect(await page.content()).not.toContain('999993653');
    await page.getByLabel('Waarom ziet u het BSN in?').fill('Inwoner vraagt om controle van de gegevens');
    await page.getByRole('button', { name: 'BSN tonen' }).click();
    await expect.poll(() => page.getByText('999993653').count()).toBe(1);
    await expectAccessible(page);
  });
});
