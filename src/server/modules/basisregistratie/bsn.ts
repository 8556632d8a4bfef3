/** Elfproef for a BSN: 9 digits, weights 9..2 and −1, sum divisible by 11 and not 0. */
export function isGeldigBsn(bsn: string): boolean {
  if (!/^\d{9}$/.test(bsn)) return false;
  const som = [...bsn].reduce((acc, cijfer, i) => acc + Number(cijfer) * (i === 8 ? -1 : 9 - i), 0);
  return som !== 0 && som % 11 === 0;
}

export const bsnMelding = 'Een BSN heeft 9 cijfers en voldoet aan de elfproef; controleer het nummer.';
