/**
 * Awaits queries one after the other, typed like Promise.all. Drizzle's queries run when awaited,
 * and inside a transaction they share one connection, which must not get two at once.
 */
export async function naElkaar<T extends readonly unknown[]>(
  vragen: readonly [...T],
): Promise<{ -readonly [K in keyof T]: Awaited<T[K]> }> {
  const uit: unknown[] = [];
  for (const vraag of vragen) uit.push(await vraag);
  return uit as { -readonly [K in keyof T]: Awaited<T[K]> };
}
