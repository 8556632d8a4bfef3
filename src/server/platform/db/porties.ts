/** Writes many rows in portions of 500: one statement per portion stays well under the parameter limit. */
export async function inPorties<T>(rijen: T[], schrijf: (portie: T[]) => Promise<unknown>) {
  for (let i = 0; i < rijen.length; i += 500) await schrijf(rijen.slice(i, i + 500));
}
