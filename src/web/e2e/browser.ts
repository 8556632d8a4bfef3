import { existsSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, chromium, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';

const kandidaten = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

export async function openBrowser(): Promise<Browser> {
  const executablePath = kandidaten.find((p): p is string => Boolean(p && existsSync(p)));
  if (!executablePath)
    throw new Error("Chromium not found: run 'apt-get install -y chromium' (or set CHROMIUM_PATH)");
  return chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

export const baseUrl = () => inject('baseUrl');

/** Zero WCAG 2.1 A/AA violations on the page as it is now. */
export async function expectAccessible(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const samenvatting = violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(samenvatting, `axe on ${page.url()}`).toEqual([]);
}

/** The text of the page's one h1. */
export const paginakop = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();

/** Logs in as a demo employee (logging out whoever is in) and waits for the start page's heading. */
export async function inloggenAls(page: Page, gebruikersnaam: string, startpagina: string | RegExp) {
  if (await page.getByRole('button', { name: 'Uitloggen' }).count())
    await page.getByRole('button', { name: 'Uitloggen' }).click();
  else await page.goto(baseUrl());
  await page.getByLabel('Gebruikersnaam').fill(gebruikersnaam);
  await page.getByLabel('Wachtwoord').fill('Voorbeeldstad-2026');
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect.poll(() => paginakop(page)).toMatch(startpagina);
}
