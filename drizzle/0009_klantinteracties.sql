CREATE TABLE "ki_actor" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"naam" text NOT NULL,
	"soort" text NOT NULL,
	"indicatie_actief" boolean DEFAULT true NOT NULL,
	"identificator" jsonb,
	"actor_identificatie" jsonb
);
--> statement-breakpoint
CREATE TABLE "ki_actor_klantcontact" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"actor_id" uuid NOT NULL,
	"klantcontact_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ki_betrokkene" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"klantcontact_id" uuid NOT NULL,
	"partij_id" uuid,
	"rol" text NOT NULL,
	"initiator" boolean NOT NULL,
	"organisatienaam" text DEFAULT '' NOT NULL,
	"contactnaam" jsonb,
	"bezoekadres" jsonb,
	"correspondentieadres" jsonb
);
--> statement-breakpoint
CREATE TABLE "ki_bijlage" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"klantcontact_id" uuid,
	"identificator" jsonb
);
--> statement-breakpoint
CREATE TABLE "ki_categorie" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"naam" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ki_categorie_relatie" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partij_id" uuid,
	"categorie_id" uuid,
	"begin_datum" date,
	"eind_datum" date
);
--> statement-breakpoint
CREATE TABLE "ki_digitaal_adres" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"contactgegeven_id" uuid,
	"partij_id" uuid,
	"betrokkene_id" uuid,
	"soort" text,
	"adres" text,
	"omschrijving" text,
	"is_standaard_adres" boolean DEFAULT false NOT NULL,
	"referentie" text DEFAULT '' NOT NULL,
	"verificatie_datum" date
);
--> statement-breakpoint
CREATE TABLE "ki_klantcontact" (
	"klantcontact_id" uuid PRIMARY KEY NOT NULL,
	"nummer" text,
	"referentienummer" text,
	"indicatie_contact_gelukt" boolean,
	"hoofd_onderwerp_type" text DEFAULT '' NOT NULL,
	"verdere_actie_ondernomen" boolean DEFAULT false NOT NULL,
	"taal" text DEFAULT 'nld' NOT NULL,
	"vertrouwelijk" boolean DEFAULT false NOT NULL,
	"metadata" jsonb
);
--> statement-breakpoint
CREATE TABLE "ki_onderwerpobject" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"klantcontact_id" uuid,
	"was_klantcontact_id" uuid,
	"identificator" jsonb
);
--> statement-breakpoint
CREATE TABLE "ki_partij" (
	"partij_id" uuid PRIMARY KEY NOT NULL,
	"nummer" text,
	"interne_notitie" text DEFAULT '' NOT NULL,
	"voorkeurstaal" text DEFAULT '' NOT NULL,
	"indicatie_actief" boolean DEFAULT true NOT NULL,
	"indicatie_geheimhouding" boolean,
	"contactnaam" jsonb,
	"bezoekadres" jsonb,
	"correspondentieadres" jsonb,
	"voorkeurs_digitaal_adres_id" uuid,
	"voorkeurs_rekeningnummer_id" uuid
);
--> statement-breakpoint
CREATE TABLE "ki_rekeningnummer" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partij_id" uuid,
	"iban" text NOT NULL,
	"bic" text DEFAULT '' NOT NULL,
	"aangemaakt" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ki_vertegenwoordiging" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"vertegenwoordigende_partij_id" uuid NOT NULL,
	"vertegenwoordigde_partij_id" uuid NOT NULL
);
--> statement-breakpoint
ALTER TABLE "ki_actor_klantcontact" ADD CONSTRAINT "ki_actor_klantcontact_klantcontact_id_klantcontact_id_fk" FOREIGN KEY ("klantcontact_id") REFERENCES "public"."klantcontact"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ki_betrokkene" ADD CONSTRAINT "ki_betrokkene_klantcontact_id_klantcontact_id_fk" FOREIGN KEY ("klantcontact_id") REFERENCES "public"."klantcontact"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ki_betrokkene" ADD CONSTRAINT "ki_betrokkene_partij_id_partij_id_fk" FOREIGN KEY ("partij_id") REFERENCES "public"."partij"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ki_bijlage" ADD CONSTRAINT "ki_bijlage_klantcontact_id_klantcontact_id_fk" FOREIGN KEY ("klantcontact_id") REFERENCES "public"."klantcontact"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ki_categorie_relatie" ADD CONSTRAINT "ki_categorie_relatie_partij_id_partij_id_fk" FOREIGN KEY ("partij_id") REFERENCES "public"."partij"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ki_categorie_relatie" ADD CONSTRAINT "ki_categorie_relatie_categorie_id_ki_categorie_id_fk" FOREIGN KEY ("categorie_id") REFERENCES "public"."ki_categorie"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ki_digitaal_adres" ADD CONSTRAINT "ki_digitaal_adres_contactgegeven_id_contactgegeven_id_fk" FOREIGN KEY ("contactgegeven_id") REFERENCES "public"."contactgegeven"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ki_digitaal_adres" ADD CONSTRAINT "ki_digitaal_adres_partij_id_partij_id_fk" FOREIGN KEY ("partij_id") REFERENCES "public"."partij"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ki_klantcontact" ADD CONSTRAINT "ki_klantcontact_klantcontact_id_klantcontact_id_fk" FOREIGN KEY ("klantcontact_id") REFERENCES "public"."klantcontact"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ki_onderwerpobject" ADD CONSTRAINT "ki_onderwerpobject_klantcontact_id_klantcontact_id_fk" FOREIGN KEY ("klantcontact_id") REFERENCES "public"."klantcontact"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ki_onderwerpobject" ADD CONSTRAINT "ki_onderwerpobject_was_klantcontact_id_klantcontact_id_fk" FOREIGN KEY ("was_klantcontact_id") REFERENCES "public"."klantcontact"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ki_partij" ADD CONSTRAINT "ki_partij_partij_id_partij_id_fk" FOREIGN KEY ("partij_id") REFERENCES "public"."partij"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ki_rekeningnummer" ADD CONSTRAINT "ki_rekeningnummer_partij_id_partij_id_fk" FOREIGN KEY ("partij_id") REFERENCES "public"."partij"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ki_vertegenwoordiging" ADD CONSTRAINT "ki_vertegenwoordiging_vertegenwoordigende_partij_id_partij_id_fk" FOREIGN KEY ("vertegenwoordigende_partij_id") REFERENCES "public"."partij"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ki_vertegenwoordiging" ADD CONSTRAINT "ki_vertegenwoordiging_vertegenwoordigde_partij_id_partij_id_fk" FOREIGN KEY ("vertegenwoordigde_partij_id") REFERENCES "public"."partij"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "ki_actor_klantcontact_uq" ON "ki_actor_klantcontact" USING btree ("klantcontact_id","actor_id");--> statement-breakpoint
CREATE INDEX "ki_actor_klantcontact_actor_idx" ON "ki_actor_klantcontact" USING btree ("actor_id");--> statement-breakpoint
CREATE INDEX "ki_betrokkene_klantcontact_idx" ON "ki_betrokkene" USING btree ("klantcontact_id");--> statement-breakpoint
CREATE INDEX "ki_betrokkene_partij_idx" ON "ki_betrokkene" USING btree ("partij_id");--> statement-breakpoint
CREATE INDEX "ki_bijlage_klantcontact_idx" ON "ki_bijlage" USING btree ("klantcontact_id");--> statement-breakpoint
CREATE UNIQUE INDEX "ki_categorie_naam_uq" ON "ki_categorie" USING btree (lower("naam"));--> statement-breakpoint
CREATE INDEX "ki_categorie_relatie_partij_idx" ON "ki_categorie_relatie" USING btree ("partij_id");--> statement-breakpoint
CREATE UNIQUE INDEX "ki_digitaal_adres_contactgegeven_uq" ON "ki_digitaal_adres" USING btree ("contactgegeven_id");--> statement-breakpoint
CREATE INDEX "ki_digitaal_adres_betrokkene_idx" ON "ki_digitaal_adres" USING btree ("betrokkene_id");--> statement-breakpoint
CREATE INDEX "ki_digitaal_adres_partij_idx" ON "ki_digitaal_adres" USING btree ("partij_id");--> statement-breakpoint
CREATE INDEX "ki_onderwerpobject_klantcontact_idx" ON "ki_onderwerpobject" USING btree ("klantcontact_id");--> statement-breakpoint
CREATE INDEX "ki_rekeningnummer_partij_idx" ON "ki_rekeningnummer" USING btree ("partij_id");--> statement-breakpoint
CREATE INDEX "ki_vertegenwoordiging_vertegenwoordigend_idx" ON "ki_vertegenwoordiging" USING btree ("vertegenwoordigende_partij_id");--> statement-breakpoint
CREATE INDEX "ki_vertegenwoordiging_vertegenwoordigd_idx" ON "ki_vertegenwoordiging" USING btree ("vertegenwoordigde_partij_id");