import { date, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * The rollups of the Sturing figures: per Amsterdam day the counts the screens and the report add
 * up, so a quarter of a large city is a few thousand rows instead of hundreds of thousands of
 * contacts. Every row is rewritten from the base data of its day (see bijwerken.ts); a count is
 * never raised on its own, so a run that is repeated or cut off leaves nothing wrong behind.
 */
const fcrTellingen = {
  contacten: integer('contacten').notNull(),
  beantwoord: integer('beantwoord').notNull(),
  bekend: integer('bekend').notNull(),
  opgelost: integer('opgelost').notNull(),
};

/** First contacts per day, team and channel; a team of null for contacts of no team. */
export const sturingContactdag = pgTable(
  'sturing_contactdag',
  { dag: date('dag').notNull(), teamId: uuid('team_id'), kanaal: text('kanaal').notNull(), ...fcrTellingen },
  (t) => [
    index('sturing_contactdag_dag_idx').on(t.dag),
    index('sturing_contactdag_team_idx').on(t.teamId, t.dag),
  ],
);

/** First contacts per day, team and employee (the employee of null: registered by another system). */
export const sturingMedewerkerdag = pgTable(
  'sturing_medewerkerdag',
  {
    dag: date('dag').notNull(),
    teamId: uuid('team_id'),
    medewerkerId: uuid('medewerker_id'),
    ...fcrTellingen,
  },
  (t) => [
    index('sturing_medewerkerdag_dag_idx').on(t.dag),
    index('sturing_medewerkerdag_team_idx').on(t.teamId, t.dag),
  ],
);

/** Per day, team, product and channel: the contacts that asked about the product, judged on it. */
export const sturingProductdag = pgTable(
  'sturing_productdag',
  {
    dag: date('dag').notNull(),
    teamId: uuid('team_id'),
    productId: uuid('product_id').notNull(),
    kanaal: text('kanaal').notNull(),
    ...fcrTellingen,
  },
  (t) => [
    index('sturing_productdag_dag_idx').on(t.dag),
    index('sturing_productdag_team_idx').on(t.teamId, t.dag),
  ],
);

/** The same per product and channel for the whole organisation: a few hundred rows a day instead of thousands. */
export const sturingOrganisatieproductdag = pgTable(
  'sturing_organisatieproductdag',
  {
    dag: date('dag').notNull(),
    productId: uuid('product_id').notNull(),
    kanaal: text('kanaal').notNull(),
    ...fcrTellingen,
  },
  (t) => [index('sturing_organisatieproductdag_dag_idx').on(t.dag)],
);

/** Per service norm's source, day and team: what was judged that day and how much met the norm. */
export const sturingNormdag = pgTable(
  'sturing_normdag',
  {
    bron: text('bron').notNull(),
    dag: date('dag').notNull(),
    teamId: uuid('team_id').notNull(),
    totaal: integer('totaal').notNull(),
    gehaald: integer('gehaald').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.bron, t.dag, t.teamId] }),
    index('sturing_normdag_team_idx').on(t.teamId, t.dag),
  ],
);

/**
 * Per rollup (contacten, normen): when its last run started (what was committed before that is
 * in it) and, while a first build is under way, the oldest day built so far.
 */
export const sturingStand = pgTable('sturing_stand', {
  soort: text('soort').primaryKey(),
  bijgewerktOp: timestamp('bijgewerkt_op', { withTimezone: true }).notNull(),
  opbouwVanaf: date('opbouw_vanaf', { mode: 'string' }),
});
