import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, expectAccessible, openBrowser } from './browser';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await openBrowser();
  const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1440, height: 900 } });
  page = await context.newPage();
  page.setDefaultTimeout(10_000);
  await page.goto(baseUrl());
  await page.getByLabel('Gebruikersnaam').fill('kcc');
  await page.getByLabel('Wachtwoord').fill('Voorbeeldstad-2026');
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Werkplek' }).click();
});
afterAll(() => browser?.close());

const focusId = () => page.evaluate(() => document.activeElement?.id);
const zoekveld = () => page.getByRole('combobox', { name: 'Zoek een inwoner of bedrijf' });
const opties = () => page.getByRole('listbox', { name: 'Zoekresultaten' }).getByRole('option');
/** The draft reached the server: the next save of the running contact answered. */
const bewaard = () =>
  page.waitForResponse(
    (r) => r.url().includes('/api/v1/lopende-contacten/') && r.request().method() === 'PUT',
  );

async function zoek(tekst: string) {
  await page.keyboard.press('/');
  await expect.poll(focusId).toBe('werkplek-zoek');
  await zoekveld().fill(tekst);
  await expect.poll(() => opties().count()).toBeGreaterThan(0);
}

describe('the desk as an agent uses it all day', () => {
  it('keeps the running contact, typed text and the request included, through a reload (F5)', async () => {
    await expect.poll(focusId).toBe('werkplek-zoek');
    await zoek('999991723');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('heading', { name: 'Contact met Lukas Klamer' }).count()).toBe(1);
    await expect.poll(focusId).toBe('partij-naam');
    await expect.poll(() => new URL(page.url()).searchParams.get('contact')).toMatch(/^[0-9a-f-]{36}$/);
    const url = new URL(page.url());
    expect(url.searchParams.get('partij')).toMatch(/^[0-9a-f-]{36}$/);

    // One question, one screen: the form, its quick picks shown once, fits 1440×900.
    const snelkeuzes = page.getByRole('group', { name: 'Veelgevraagd' });
    await expect.poll(() => snelkeuzes.getByRole('button').count()).toBeGreaterThan(0);
    expect(await snelkeuzes.count()).toBe(1);
    const vak = await page.locator('.stadspunt-contact').boundingBox();
    const hoogte = vak?.height ?? 0;
    const onderkant = (vak?.y ?? 0) + hoogte;
    console.info(
      `contactformulier, één vraag: ${Math.round(hoogte)} px hoog, onderkant op ${Math.round(onderkant)} px`,
    );
    if (process.env.SCHERMAFDRUK) await page.screenshot({ path: process.env.SCHERMAFDRUK, fullPage: true });
    expect(hoogte).toBeGreaterThan(0);
    expect(onderkant).toBeLessThanOrEqual(900);

    await page.locator('#onderwerp-0').fill('Aanslag gemeentelijke belastingen');
    await page.locator('#vraag-0').fill('Waarom is mijn aanslag hoger dan vorig jaar?');
    await page.getByRole('button', { name: 'Contactverzoek bij vraag 1' }).click();
    const opgeslagen = bewaard();
    await page.getByLabel('Team', { exact: true }).selectOption({ label: 'Belastingen' });
    await opgeslagen;
    await expectAccessible(page);

    await page.reload();
    await expect.poll(() => page.getByRole('heading', { name: 'Contact met Lukas Klamer' }).count()).toBe(1);
    expect(page.url()).toBe(url.toString());
    await expect
      .poll(() => page.locator('#onderwerp-0').inputValue())
      .toBe('Aanslag gemeentelijke belastingen');
    await expect
      .poll(() => page.locator('#vraag-0').inputValue())
      .toBe('Waarom is mijn aanslag hoger dan vorig jaar?');
    await expect.poll(() => page.locator('#uitkomst-0').inputValue()).toBe('contactverzoek');
    await expect
      .poll(() => page.getByLabel('Team', { exact: true }).locator('option:checked').textContent())
      .toBe('Belastingen');
    await expectAccessible(page);

    // Saved: the draft is gone, the request's number is a link, and the card shows where it stands.
    await page.keyboard.press('Control+Enter');
    const melding = page.getByRole('status').filter({ hasText: 'Contact met Lukas Klamer is geregistreerd' });
    const link = melding.getByRole('link', { name: /^CV-\d{4}-\d{6}$/ });
    await expect.poll(() => link.count()).toBe(1);
    const nummer = (await link.textContent()) as string;
    expect(new URL(page.url()).searchParams.get('contact')).toBeNull();
    await expectAccessible(page);
    await page.goto(url.toString());
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toContain('Dit lopende contact is er niet meer');
    await expectAccessible(page);

    await zoek('999991723');
    await page.keyboard.press('Enter');
    const kaart = page.getByRole('region', { name: 'Lukas Klamer' });
    const regel = kaart.getByRole('listitem').filter({ hasText: nummer });
    await expect.poll(() => regel.textContent()).toContain('nog niet opgepakt');
    await expect.poll(() => regel.textContent()).toContain('Belastingen');
    await expectAccessible(page);
    await regel.getByRole('link', { name: nummer }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain(nummer);
    await expectAccessible(page);
    await page.goBack();
  });

  it('moves through the results with the arrow keys and opens the highlighted one with Enter', async () => {
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Werkplek' }).click();
    await zoek('Bakkerij');
    const namen = await opties().allTextContents();
    // The bakeries before the contact persons, each contact person with the organisation they speak for.
    const eersteContactpersoon = namen.findIndex((n) => n.includes('Contactpersoon'));
    expect(namen[0]).toMatch(/^Bakkerij/);
    if (eersteContactpersoon >= 0) {
      expect(namen.slice(0, eersteContactpersoon).some((n) => n.startsWith('Bakkerij'))).toBe(true);
      expect(namen[eersteContactpersoon]).toMatch(/Contactpersoon bij \S/);
    }
    await expect.poll(() => zoekveld().getAttribute('aria-activedescendant')).toBe('werkplek-resultaat-0');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => zoekveld().getAttribute('aria-activedescendant')).toBe('werkplek-resultaat-2');
    await expect.poll(() => opties().nth(2).getAttribute('aria-selected')).toBe('true');
    expect(await focusId()).toBe('werkplek-zoek');
    await expectAccessible(page);
    const derde = (await opties().nth(2).locator('strong').textContent()) as string;
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByRole('heading', { level: 2, name: derde, exact: true }).count())
      .toBe(1);
    await expect.poll(focusId).toBe('partij-naam');
    await expectAccessible(page);
  });

  it('opens the company, not a person, when Enter is pressed on a company name', async () => {
    await zoek('Bakkerij');
    const bedrijf = (await opties().first().locator('strong').textContent()) as string;
    await zoek(bedrijf);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('heading', { name: `Contact met ${bedrijf}` }).count()).toBe(1);
    const kaart = page.getByRole('region', { name: bedrijf });
    await expect.poll(() => kaart.getByText('KvK-nummer').count()).toBe(1);
    await expect.poll(focusId).toBe('partij-naam');
    await expectAccessible(page);
  });

  it('warns when a contact begun elsewhere (another tab) replaced the one on screen', async () => {
    await zoek('999991723');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('heading', { name: 'Contact met Lukas Klamer' }).count()).toBe(1);
    const tabblad = await page.context().newPage();
    await tabblad.goto(`${baseUrl()}/werkplek`);
    await tabblad.getByRole('button', { name: 'Anoniem contact' }).click();
    await expect
      .poll(() => tabblad.getByRole('heading', { name: 'Contact met anonieme klant' }).count())
      .toBe(1);
    await expectAccessible(tabblad);
    await tabblad.close();

    const geweigerd = bewaard();
    await page.locator('#vraag-0').fill('Wordt dit nog bewaard?');
    expect((await geweigerd).status()).toBe(404);
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('Dit contact wordt niet meer bewaard');
    await expectAccessible(page);
  });
});
