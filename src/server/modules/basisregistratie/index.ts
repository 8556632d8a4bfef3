import type { AppContext } from '../../platform/context';
import type { BrpBron } from './bronnen';
import { ingebouwdeBrp } from './brp-ingebouwd';
import { haalCentraalBrp } from './haal-centraal';
import { type HrBron, ingebouwdHr } from './hr';

export type { BrpBron, Gelezen, PersoonKort } from './bronnen';
export { adresRegel, volledigeNaam } from './bronnen';
export type { VestigingKort } from './hr';
export type { Persoon } from './persoon';

/** The basisregistraties as configured for this installation; other modules read them only through here. */
export function basisregistraties(ctx: AppContext): { brp: BrpBron; hr: HrBron } {
  const { brpApi } = ctx.config;
  return {
    brp: brpApi ? haalCentraalBrp(brpApi, ctx.db, ctx.now) : ingebouwdeBrp(ctx.db),
    hr: ingebouwdHr(ctx.db),
  };
}

export { demoPersonen, demoVestigingen } from './demo-lijsten';
