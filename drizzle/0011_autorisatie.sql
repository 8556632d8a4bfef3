CREATE TABLE "inlogpoging" (
	"sleutel" text PRIMARY KEY NOT NULL,
	"score" double precision NOT NULL,
	"bijgewerkt" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "contactverzoek" ADD COLUMN "wacht_op_actor" uuid;--> statement-breakpoint
ALTER TABLE "medewerker" ADD COLUMN "identificatie" text;--> statement-breakpoint
ALTER TABLE "team" ADD COLUMN "identificatie" text;--> statement-breakpoint
ALTER TABLE "team" ADD COLUMN "kcc" boolean DEFAULT false NOT NULL;--> statement-breakpoint
UPDATE "team" SET "kcc" = true WHERE lower("naam") = 'kcc';--> statement-breakpoint
ALTER TABLE "audit_regel" ADD COLUMN "correlatie_id" text;--> statement-breakpoint
ALTER TABLE "audit_regel" ADD COLUMN "adres" text;--> statement-breakpoint
ALTER TABLE "audit_regel" ADD COLUMN "user_agent" text;--> statement-breakpoint
ALTER TABLE "api_token" ADD COLUMN "scopes" text[];--> statement-breakpoint
ALTER TABLE "api_token" ADD COLUMN "aangemaakt_door" text;--> statement-breakpoint
ALTER TABLE "api_token" ADD COLUMN "verloopt" timestamp with time zone;--> statement-breakpoint
-- Existing tokens keep what they could do: read-only ones read, the others also write and see the BSN.
UPDATE "api_token" SET
  "scopes" = CASE WHEN "alleen_lezen" THEN ARRAY['lezen'] ELSE ARRAY['lezen', 'klantinteracties', 'persoonsgegevens'] END,
  "aangemaakt_door" = 'Beheer-CLI',
  "verloopt" = greatest("aangemaakt", now()) + interval '1 year';--> statement-breakpoint
ALTER TABLE "api_token" ALTER COLUMN "scopes" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "api_token" ALTER COLUMN "aangemaakt_door" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "api_token" ALTER COLUMN "verloopt" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "api_token" ADD COLUMN "laatst_gebruikt" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "api_token" ADD COLUMN "ingetrokken_door" text;--> statement-breakpoint
-- Logins in progress were not bound to a browser: they are dropped.
DELETE FROM "oidc_aanvraag";--> statement-breakpoint
ALTER TABLE "oidc_aanvraag" ADD COLUMN "browser_hash" text NOT NULL;--> statement-breakpoint
ALTER TABLE "sessie" ADD COLUMN "laatst_actief" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "sessie" ADD COLUMN "open_partij_id" uuid;--> statement-breakpoint
CREATE INDEX "contactverzoek_aangemaakt_door_idx" ON "contactverzoek" USING btree ("aangemaakt_door","ontvangen" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "contactverzoek_wacht_idx" ON "contactverzoek" USING btree ("wacht_op_actor") WHERE "contactverzoek"."wacht_op_actor" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "team_identificatie_uq" ON "team" USING btree ("identificatie");--> statement-breakpoint
CREATE UNIQUE INDEX "team_kcc_uq" ON "team" USING btree ("kcc") WHERE "team"."kcc";--> statement-breakpoint
CREATE INDEX "sessie_verloopt_idx" ON "sessie" USING btree ("verloopt");--> statement-breakpoint
ALTER TABLE "medewerker" DROP COLUMN "mislukte_pogingen";--> statement-breakpoint
ALTER TABLE "medewerker" DROP COLUMN "geblokkeerd_tot";--> statement-breakpoint
ALTER TABLE "api_token" DROP COLUMN "alleen_lezen";--> statement-breakpoint
ALTER TABLE "medewerker" ADD CONSTRAINT "medewerker_identificatie_unique" UNIQUE("identificatie");