CREATE SEQUENCE "public"."contactverzoek_nummer" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "contactverzoek" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"nummer" text NOT NULL,
	"partij_id" uuid,
	"klantcontact_id" uuid,
	"vraag_id" uuid,
	"team_id" uuid NOT NULL,
	"medewerker_id" uuid,
	"product_id" uuid,
	"onderwerp" text NOT NULL,
	"vraag" text NOT NULL,
	"toelichting" text DEFAULT '' NOT NULL,
	"naam" text,
	"telefoon" text,
	"email" text,
	"voorkeurstijd" text DEFAULT 'geen' NOT NULL,
	"urgent" boolean DEFAULT false NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"ontvangen" timestamp with time zone NOT NULL,
	"deadline" date NOT NULL,
	"mislukt" integer DEFAULT 0 NOT NULL,
	"pogingen" integer DEFAULT 0 NOT NULL,
	"resultaat" text,
	"afgehandeld" timestamp with time zone,
	"herinnerd" timestamp with time zone,
	"geescaleerd" timestamp with time zone,
	"aangemaakt_door" uuid,
	"versie" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "contactverzoek_dagoverzicht" (
	"team_id" uuid NOT NULL,
	"datum" date NOT NULL,
	CONSTRAINT "contactverzoek_dagoverzicht_team_id_datum_pk" PRIMARY KEY("team_id","datum")
);
--> statement-breakpoint
CREATE TABLE "contactverzoek_logboek" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"contactverzoek_id" uuid NOT NULL,
	"tijdstip" timestamp with time zone NOT NULL,
	"soort" text NOT NULL,
	"medewerker_id" uuid,
	"medewerker_naam" text NOT NULL,
	"uitkomst" text,
	"tekst" text DEFAULT '' NOT NULL,
	"details" jsonb
);
--> statement-breakpoint
CREATE TABLE "rapport" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"soort" text NOT NULL,
	"team_id" uuid,
	"van" date NOT NULL,
	"tot" date NOT NULL,
	"aangemaakt" timestamp with time zone DEFAULT now() NOT NULL,
	"cijfers" jsonb NOT NULL,
	"pdf" "bytea" NOT NULL,
	"xlsx" "bytea" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "servicenorm" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"team_id" uuid,
	"product_id" uuid,
	"werkdagen" integer NOT NULL,
	"werkdagen_urgent" integer DEFAULT 0 NOT NULL,
	"max_pogingen" integer
);
--> statement-breakpoint
CREATE TABLE "melding" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"medewerker_id" uuid NOT NULL,
	"sleutel" text NOT NULL,
	"tijdstip" timestamp with time zone DEFAULT now() NOT NULL,
	"titel" text NOT NULL,
	"tekst" text DEFAULT '' NOT NULL,
	"link" text,
	"gelezen" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "contactverzoek" ADD CONSTRAINT "contactverzoek_partij_id_partij_id_fk" FOREIGN KEY ("partij_id") REFERENCES "public"."partij"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contactverzoek" ADD CONSTRAINT "contactverzoek_klantcontact_id_klantcontact_id_fk" FOREIGN KEY ("klantcontact_id") REFERENCES "public"."klantcontact"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contactverzoek" ADD CONSTRAINT "contactverzoek_vraag_id_vraag_id_fk" FOREIGN KEY ("vraag_id") REFERENCES "public"."vraag"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contactverzoek" ADD CONSTRAINT "contactverzoek_team_id_team_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."team"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contactverzoek" ADD CONSTRAINT "contactverzoek_medewerker_id_medewerker_id_fk" FOREIGN KEY ("medewerker_id") REFERENCES "public"."medewerker"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contactverzoek" ADD CONSTRAINT "contactverzoek_product_id_product_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."product"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contactverzoek" ADD CONSTRAINT "contactverzoek_aangemaakt_door_medewerker_id_fk" FOREIGN KEY ("aangemaakt_door") REFERENCES "public"."medewerker"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contactverzoek_dagoverzicht" ADD CONSTRAINT "contactverzoek_dagoverzicht_team_id_team_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."team"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contactverzoek_logboek" ADD CONSTRAINT "contactverzoek_logboek_contactverzoek_id_contactverzoek_id_fk" FOREIGN KEY ("contactverzoek_id") REFERENCES "public"."contactverzoek"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rapport" ADD CONSTRAINT "rapport_team_id_team_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."team"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "servicenorm" ADD CONSTRAINT "servicenorm_team_id_team_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."team"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "servicenorm" ADD CONSTRAINT "servicenorm_product_id_product_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."product"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "contactverzoek_nummer_uq" ON "contactverzoek" USING btree ("nummer");--> statement-breakpoint
CREATE INDEX "contactverzoek_team_open_idx" ON "contactverzoek" USING btree ("team_id","deadline") WHERE "contactverzoek"."status" = 'open';--> statement-breakpoint
CREATE INDEX "contactverzoek_team_afgehandeld_idx" ON "contactverzoek" USING btree ("team_id","afgehandeld");--> statement-breakpoint
CREATE INDEX "contactverzoek_ontvangen_idx" ON "contactverzoek" USING btree ("ontvangen");--> statement-breakpoint
CREATE INDEX "contactverzoek_medewerker_idx" ON "contactverzoek" USING btree ("medewerker_id") WHERE "contactverzoek"."status" = 'open';--> statement-breakpoint
CREATE INDEX "contactverzoek_partij_idx" ON "contactverzoek" USING btree ("partij_id","ontvangen" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "contactverzoek_logboek_cv_idx" ON "contactverzoek_logboek" USING btree ("contactverzoek_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "rapport_periode_uq" ON "rapport" USING btree ("soort",coalesce("team_id"::text, ''),"van");--> statement-breakpoint
CREATE UNIQUE INDEX "servicenorm_team_uq" ON "servicenorm" USING btree ("team_id") WHERE "servicenorm"."product_id" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "servicenorm_product_uq" ON "servicenorm" USING btree ("product_id") WHERE "servicenorm"."team_id" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "melding_sleutel_uq" ON "melding" USING btree ("sleutel","medewerker_id");--> statement-breakpoint
CREATE INDEX "melding_medewerker_idx" ON "melding" USING btree ("medewerker_id","tijdstip" DESC NULLS LAST);