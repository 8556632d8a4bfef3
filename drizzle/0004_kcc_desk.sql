CREATE TABLE "brp_persoon" (
	"bsn" text PRIMARY KEY NOT NULL,
	"voornamen" text,
	"voorvoegsel" text,
	"geslachtsnaam" text,
	"zoeknaam" text NOT NULL,
	"geboortedatum" date,
	"straat" text,
	"huisnummer" integer,
	"huisletter" text,
	"toevoeging" text,
	"postcode" text,
	"woonplaats" text,
	"geheimhouding" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "hr_vestiging" (
	"vestigingsnummer" text PRIMARY KEY NOT NULL,
	"kvk_nummer" text NOT NULL,
	"rsin" text,
	"handelsnamen" text[] NOT NULL,
	"zoeknaam" text NOT NULL,
	"straat" text,
	"huisnummer" integer,
	"huisletter" text,
	"toevoeging" text,
	"postcode" text,
	"woonplaats" text,
	"hoofdvestiging" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "product" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"naam" text NOT NULL,
	"zoeknaam" text NOT NULL,
	"upl_naam" text,
	"upl_uri" text,
	"voor_burger" boolean DEFAULT false NOT NULL,
	"voor_bedrijf" boolean DEFAULT false NOT NULL,
	"actief" boolean DEFAULT true NOT NULL,
	"aangemaakt" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "product_upl_uri_unique" UNIQUE("upl_uri")
);
--> statement-breakpoint
CREATE TABLE "klantcontact" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kanaal" text NOT NULL,
	"partij_id" uuid,
	"medewerker_id" uuid,
	"team_id" uuid,
	"status" text NOT NULL,
	"start" timestamp with time zone NOT NULL,
	"einde" timestamp with time zone,
	"versie" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "vraag" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"klantcontact_id" uuid NOT NULL,
	"volgnummer" integer NOT NULL,
	"product_id" uuid,
	"onderwerp" text NOT NULL,
	"vraag" text NOT NULL,
	"antwoord" text DEFAULT '' NOT NULL,
	"uitkomst" text NOT NULL,
	"doorverwezen_naar" text
);
--> statement-breakpoint
CREATE TABLE "contactgegeven" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partij_id" uuid NOT NULL,
	"soort" text NOT NULL,
	"waarde" text NOT NULL,
	"sleutel" text NOT NULL,
	"omschrijving" text
);
--> statement-breakpoint
CREATE TABLE "partij" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"soort" text NOT NULL,
	"bsn" text,
	"kvk_nummer" text,
	"vestigingsnummer" text,
	"rsin" text,
	"organisatie_id" uuid,
	"naam" text NOT NULL,
	"zoeknaam" text NOT NULL,
	"voorkeurskanaal" text,
	"versie" integer DEFAULT 1 NOT NULL,
	"aangemaakt" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "klantcontact" ADD CONSTRAINT "klantcontact_partij_id_partij_id_fk" FOREIGN KEY ("partij_id") REFERENCES "public"."partij"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "klantcontact" ADD CONSTRAINT "klantcontact_medewerker_id_medewerker_id_fk" FOREIGN KEY ("medewerker_id") REFERENCES "public"."medewerker"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "klantcontact" ADD CONSTRAINT "klantcontact_team_id_team_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."team"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vraag" ADD CONSTRAINT "vraag_klantcontact_id_klantcontact_id_fk" FOREIGN KEY ("klantcontact_id") REFERENCES "public"."klantcontact"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vraag" ADD CONSTRAINT "vraag_product_id_product_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."product"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contactgegeven" ADD CONSTRAINT "contactgegeven_partij_id_partij_id_fk" FOREIGN KEY ("partij_id") REFERENCES "public"."partij"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "brp_persoon_zoeknaam_trgm" ON "brp_persoon" USING gin ("zoeknaam" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "brp_persoon_adres_idx" ON "brp_persoon" USING btree ("postcode","huisnummer");--> statement-breakpoint
CREATE INDEX "hr_vestiging_kvk_idx" ON "hr_vestiging" USING btree ("kvk_nummer");--> statement-breakpoint
CREATE INDEX "hr_vestiging_zoeknaam_trgm" ON "hr_vestiging" USING gin ("zoeknaam" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "hr_vestiging_adres_idx" ON "hr_vestiging" USING btree ("postcode","huisnummer");--> statement-breakpoint
CREATE INDEX "product_zoeknaam_trgm" ON "product" USING gin ("zoeknaam" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "klantcontact_partij_start_idx" ON "klantcontact" USING btree ("partij_id","start" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "klantcontact_medewerker_status_idx" ON "klantcontact" USING btree ("medewerker_id","status");--> statement-breakpoint
CREATE INDEX "vraag_klantcontact_idx" ON "vraag" USING btree ("klantcontact_id","volgnummer");--> statement-breakpoint
CREATE INDEX "contactgegeven_sleutel_idx" ON "contactgegeven" USING btree ("sleutel");--> statement-breakpoint
CREATE INDEX "contactgegeven_partij_idx" ON "contactgegeven" USING btree ("partij_id");--> statement-breakpoint
CREATE UNIQUE INDEX "partij_bsn_uq" ON "partij" USING btree ("bsn") WHERE "partij"."bsn" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "partij_vestiging_uq" ON "partij" USING btree ("vestigingsnummer") WHERE "partij"."soort" = 'organisatie';--> statement-breakpoint
CREATE INDEX "partij_kvk_idx" ON "partij" USING btree ("kvk_nummer");--> statement-breakpoint
CREATE INDEX "partij_organisatie_idx" ON "partij" USING btree ("organisatie_id");--> statement-breakpoint
CREATE INDEX "partij_zoeknaam_trgm" ON "partij" USING gin ("zoeknaam" gin_trgm_ops);