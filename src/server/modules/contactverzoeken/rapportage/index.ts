// Register rapportageRoutes BEFORE contactverzoekenRoutes: Hono matches routes in the order they
// are registered, and GET /api/v1/contactverzoeken/{id} would otherwise answer
// /api/v1/contactverzoeken/dashboard (with 400 "Geen geldig id."). For example, in modules/index.ts:
//   routes: (app) => { rapportageRoutes(app); contactverzoekenRoutes(app); },
//   setup: (ctx) => { …; registerRapportage(ctx); },
export { registerRapportage } from './planning';
export { rapportageRoutes } from './routes';
