CREATE SEQUENCE "public"."zaak_nummer" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "besluittype" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"omschrijving" text NOT NULL,
	"omschrijving_generiek" text DEFAULT '' NOT NULL,
	"besluitcategorie" text DEFAULT '' NOT NULL,
	"reactietermijn" text,
	"publicatie_indicatie" boolean DEFAULT false NOT NULL,
	"toelichting" text DEFAULT '' NOT NULL,
	"concept" boolean DEFAULT true NOT NULL,
	"begin_geldigheid" date NOT NULL,
	"einde_geldigheid" date
);
--> statement-breakpoint
CREATE TABLE "eigenschap" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zaaktype_id" uuid NOT NULL,
	"naam" text NOT NULL,
	"definitie" text DEFAULT '' NOT NULL,
	"formaat" text DEFAULT 'tekst' NOT NULL,
	"lengte" integer DEFAULT 255 NOT NULL,
	"waardenverzameling" text[] DEFAULT '{}' NOT NULL,
	"toelichting" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "informatieobjecttype" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"omschrijving" text NOT NULL,
	"categorie" text DEFAULT '' NOT NULL,
	"vertrouwelijkheid" text DEFAULT 'zaakvertrouwelijk' NOT NULL,
	"concept" boolean DEFAULT true NOT NULL,
	"begin_geldigheid" date NOT NULL,
	"einde_geldigheid" date
);
--> statement-breakpoint
CREATE TABLE "resultaattype" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zaaktype_id" uuid NOT NULL,
	"omschrijving" text NOT NULL,
	"resultaattypeomschrijving" text DEFAULT '' NOT NULL,
	"omschrijving_generiek" text DEFAULT '' NOT NULL,
	"selectielijstklasse" text DEFAULT '' NOT NULL,
	"archiefnominatie" text NOT NULL,
	"archiefactietermijn" text,
	"afleidingswijze" text DEFAULT 'afgehandeld' NOT NULL,
	"datumkenmerk" text DEFAULT '' NOT NULL,
	"objecttype" text DEFAULT '' NOT NULL,
	"procestermijn" text,
	"toelichting" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "roltype" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zaaktype_id" uuid NOT NULL,
	"omschrijving" text NOT NULL,
	"omschrijving_generiek" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "selectielijst_procestype" (
	"url" text PRIMARY KEY NOT NULL,
	"nummer" integer NOT NULL,
	"jaar" integer NOT NULL,
	"naam" text NOT NULL,
	"omschrijving" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "selectielijst_resultaat" (
	"url" text PRIMARY KEY NOT NULL,
	"procestype_url" text NOT NULL,
	"volledig_nummer" text NOT NULL,
	"naam" text NOT NULL,
	"waardering" text NOT NULL,
	"bewaartermijn" text,
	"procestermijn" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "statustype" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zaaktype_id" uuid NOT NULL,
	"volgnummer" integer NOT NULL,
	"omschrijving" text NOT NULL,
	"omschrijving_generiek" text DEFAULT '' NOT NULL,
	"statustekst" text DEFAULT '' NOT NULL,
	"informeren" boolean DEFAULT false NOT NULL,
	"doorlooptijd" text,
	"toelichting" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "zaaktype" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"identificatie" text NOT NULL,
	"versiedatum" date NOT NULL,
	"omschrijving" text NOT NULL,
	"omschrijving_generiek" text DEFAULT '' NOT NULL,
	"doel" text DEFAULT '' NOT NULL,
	"aanleiding" text DEFAULT '' NOT NULL,
	"toelichting" text DEFAULT '' NOT NULL,
	"onderwerp" text DEFAULT '' NOT NULL,
	"handeling_initiator" text DEFAULT '' NOT NULL,
	"handeling_behandelaar" text DEFAULT '' NOT NULL,
	"intern_of_extern" text DEFAULT 'extern' NOT NULL,
	"doorlooptijd" text NOT NULL,
	"servicenorm" text,
	"opschorting_mogelijk" boolean DEFAULT false NOT NULL,
	"verlenging_mogelijk" boolean DEFAULT false NOT NULL,
	"verlengingstermijn" text,
	"vertrouwelijkheid" text DEFAULT 'zaakvertrouwelijk' NOT NULL,
	"team_id" uuid,
	"selectielijst_procestype" text,
	"concept" boolean DEFAULT true NOT NULL,
	"begin_geldigheid" date NOT NULL,
	"einde_geldigheid" date,
	"versie" integer DEFAULT 1 NOT NULL,
	"aangemaakt" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "zaaktype_besluittype" (
	"zaaktype_id" uuid NOT NULL,
	"besluittype_id" uuid NOT NULL,
	CONSTRAINT "zaaktype_besluittype_zaaktype_id_besluittype_id_pk" PRIMARY KEY("zaaktype_id","besluittype_id")
);
--> statement-breakpoint
CREATE TABLE "zaaktype_informatieobjecttype" (
	"zaaktype_id" uuid NOT NULL,
	"informatieobjecttype_id" uuid NOT NULL,
	"volgnummer" integer NOT NULL,
	"richting" text DEFAULT 'inkomend' NOT NULL,
	CONSTRAINT "zaaktype_informatieobjecttype_zaaktype_id_informatieobjecttype_id_pk" PRIMARY KEY("zaaktype_id","informatieobjecttype_id")
);
--> statement-breakpoint
CREATE TABLE "zaaktype_product" (
	"zaaktype_id" uuid NOT NULL,
	"product_id" uuid NOT NULL,
	CONSTRAINT "zaaktype_product_zaaktype_id_product_id_pk" PRIMARY KEY("zaaktype_id","product_id")
);
--> statement-breakpoint
CREATE TABLE "besluit" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"identificatie" text NOT NULL,
	"zaak_id" uuid NOT NULL,
	"besluittype_id" uuid,
	"omschrijving" text NOT NULL,
	"datum" date NOT NULL,
	"ingangsdatum" date NOT NULL,
	"vervaldatum" date,
	"toelichting" text DEFAULT '' NOT NULL,
	"medewerker_id" uuid,
	"aangemaakt" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "zaak" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"identificatie" text NOT NULL,
	"bronorganisatie" text NOT NULL,
	"zaaktype_id" uuid NOT NULL,
	"omschrijving" text NOT NULL,
	"toelichting" text DEFAULT '' NOT NULL,
	"team_id" uuid NOT NULL,
	"behandelaar_id" uuid,
	"klantcontact_id" uuid,
	"hoofdzaak_id" uuid,
	"vertrouwelijkheid" text NOT NULL,
	"registratiedatum" date NOT NULL,
	"startdatum" date NOT NULL,
	"einddatum_gepland" date,
	"uiterlijke_einddatum_afdoening" date NOT NULL,
	"einddatum" date,
	"statustype_id" uuid,
	"status_gezet" timestamp with time zone,
	"resultaattype_id" uuid,
	"resultaat_toelichting" text DEFAULT '' NOT NULL,
	"archiefnominatie" text,
	"archiefactiedatum" date,
	"archiefstatus" text DEFAULT 'nog_te_archiveren' NOT NULL,
	"opgeschort_sinds" date,
	"opschorting_reden" text DEFAULT '' NOT NULL,
	"opgeschort_geweest" boolean DEFAULT false NOT NULL,
	"verlenging_duur" text,
	"verlenging_reden" text DEFAULT '' NOT NULL,
	"herinnerd" timestamp with time zone,
	"geescaleerd" timestamp with time zone,
	"aangemaakt_door" uuid,
	"aangemaakt" timestamp with time zone NOT NULL,
	"versie" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "zaak_document" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zaak_id" uuid NOT NULL,
	"informatieobjecttype_id" uuid,
	"titel" text NOT NULL,
	"bestandsnaam" text NOT NULL,
	"formaat" text NOT NULL,
	"vertrouwelijkheid" text NOT NULL,
	"auteur" text NOT NULL,
	"creatiedatum" date NOT NULL,
	"versie" integer DEFAULT 1 NOT NULL,
	"vergrendeld_door" uuid,
	"vergrendeld_sinds" timestamp with time zone,
	"aangemaakt" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "zaak_document_versie" (
	"document_id" uuid NOT NULL,
	"versie" integer NOT NULL,
	"opslagsleutel" text NOT NULL,
	"bestandsomvang" integer NOT NULL,
	"sha256" text NOT NULL,
	"medewerker_id" uuid,
	"aangemaakt" timestamp with time zone NOT NULL,
	CONSTRAINT "zaak_document_versie_document_id_versie_pk" PRIMARY KEY("document_id","versie")
);
--> statement-breakpoint
CREATE TABLE "zaak_eigenschap" (
	"zaak_id" uuid NOT NULL,
	"eigenschap_id" uuid NOT NULL,
	"waarde" text NOT NULL,
	CONSTRAINT "zaak_eigenschap_zaak_id_eigenschap_id_pk" PRIMARY KEY("zaak_id","eigenschap_id")
);
--> statement-breakpoint
CREATE TABLE "zaak_logboek" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"zaak_id" uuid NOT NULL,
	"tijdstip" timestamp with time zone NOT NULL,
	"soort" text NOT NULL,
	"medewerker_id" uuid,
	"medewerker_naam" text NOT NULL,
	"tekst" text DEFAULT '' NOT NULL,
	"details" jsonb
);
--> statement-breakpoint
CREATE TABLE "zaak_relatie" (
	"zaak_id" uuid NOT NULL,
	"gerelateerde_zaak_id" uuid NOT NULL,
	"aard" text NOT NULL,
	CONSTRAINT "zaak_relatie_zaak_id_gerelateerde_zaak_id_pk" PRIMARY KEY("zaak_id","gerelateerde_zaak_id")
);
--> statement-breakpoint
CREATE TABLE "zaak_rol" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zaak_id" uuid NOT NULL,
	"roltype_id" uuid,
	"omschrijving_generiek" text NOT NULL,
	"partij_id" uuid,
	"medewerker_id" uuid,
	"team_id" uuid,
	"naam" text DEFAULT '' NOT NULL,
	"toelichting" text DEFAULT '' NOT NULL,
	"registratie" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "zaak_status" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zaak_id" uuid NOT NULL,
	"statustype_id" uuid NOT NULL,
	"datum_status_gezet" timestamp with time zone NOT NULL,
	"statustoelichting" text DEFAULT '' NOT NULL,
	"medewerker_id" uuid
);
--> statement-breakpoint
ALTER TABLE "eigenschap" ADD CONSTRAINT "eigenschap_zaaktype_id_zaaktype_id_fk" FOREIGN KEY ("zaaktype_id") REFERENCES "public"."zaaktype"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resultaattype" ADD CONSTRAINT "resultaattype_zaaktype_id_zaaktype_id_fk" FOREIGN KEY ("zaaktype_id") REFERENCES "public"."zaaktype"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roltype" ADD CONSTRAINT "roltype_zaaktype_id_zaaktype_id_fk" FOREIGN KEY ("zaaktype_id") REFERENCES "public"."zaaktype"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statustype" ADD CONSTRAINT "statustype_zaaktype_id_zaaktype_id_fk" FOREIGN KEY ("zaaktype_id") REFERENCES "public"."zaaktype"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zaaktype" ADD CONSTRAINT "zaaktype_team_id_team_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."team"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zaaktype_besluittype" ADD CONSTRAINT "zaaktype_besluittype_zaaktype_id_zaaktype_id_fk" FOREIGN KEY ("zaaktype_id") REFERENCES "public"."zaaktype"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zaaktype_besluittype" ADD CONSTRAINT "zaaktype_besluittype_besluittype_id_besluittype_id_fk" FOREIGN KEY ("besluittype_id") REFERENCES "public"."besluittype"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zaaktype_informatieobjecttype" ADD CONSTRAINT "zaaktype_informatieobjecttype_zaaktype_id_zaaktype_id_fk" FOREIGN KEY ("zaaktype_id") REFERENCES "public"."zaaktype"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zaaktype_informatieobjecttype" ADD CONSTRAINT "zaaktype_informatieobjecttype_informatieobjecttype_id_informatieobjecttype_id_fk" FOREIGN KEY ("informatieobjecttype_id") REFERENCES "public"."informatieobjecttype"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zaaktype_product" ADD CONSTRAINT "zaaktype_product_zaaktype_id_zaaktype_id_fk" FOREIGN KEY ("zaaktype_id") REFERENCES "public"."zaaktype"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zaaktype_product" ADD CONSTRAINT "zaaktype_product_product_id_product_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."product"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "besluit" ADD CONSTRAINT "besluit_zaak_id_zaak_id_fk" FOREIGN KEY ("zaak_id") REFERENCES "public"."zaak"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "besluit" ADD CONSTRAINT "besluit_besluittype_id_besluittype_id_fk" FOREIGN KEY ("besluittype_id") REFERENCES "public"."besluittype"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zaak" ADD CONSTRAINT "zaak_zaaktype_id_zaaktype_id_fk" FOREIGN KEY ("zaaktype_id") REFERENCES "public"."zaaktype"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zaak" ADD CONSTRAINT "zaak_team_id_team_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."team"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zaak" ADD CONSTRAINT "zaak_behandelaar_id_medewerker_id_fk" FOREIGN KEY ("behandelaar_id") REFERENCES "public"."medewerker"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zaak" ADD CONSTRAINT "zaak_klantcontact_id_klantcontact_id_fk" FOREIGN KEY ("klantcontact_id") REFERENCES "public"."klantcontact"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zaak" ADD CONSTRAINT "zaak_statustype_id_statustype_id_fk" FOREIGN KEY ("statustype_id") REFERENCES "public"."statustype"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zaak" ADD CONSTRAINT "zaak_resultaattype_id_resultaattype_id_fk" FOREIGN KEY ("resultaattype_id") REFERENCES "public"."resultaattype"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zaak" ADD CONSTRAINT "zaak_aangemaakt_door_medewerker_id_fk" FOREIGN KEY ("aangemaakt_door") REFERENCES "public"."medewerker"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zaak_document" ADD CONSTRAINT "zaak_document_zaak_id_zaak_id_fk" FOREIGN KEY ("zaak_id") REFERENCES "public"."zaak"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zaak_document" ADD CONSTRAINT "zaak_document_informatieobjecttype_id_informatieobjecttype_id_fk" FOREIGN KEY ("informatieobjecttype_id") REFERENCES "public"."informatieobjecttype"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zaak_document" ADD CONSTRAINT "zaak_document_vergrendeld_door_medewerker_id_fk" FOREIGN KEY ("vergrendeld_door") REFERENCES "public"."medewerker"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zaak_document_versie" ADD CONSTRAINT "zaak_document_versie_document_id_zaak_document_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."zaak_document"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zaak_eigenschap" ADD CONSTRAINT "zaak_eigenschap_zaak_id_zaak_id_fk" FOREIGN KEY ("zaak_id") REFERENCES "public"."zaak"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zaak_eigenschap" ADD CONSTRAINT "zaak_eigenschap_eigenschap_id_eigenschap_id_fk" FOREIGN KEY ("eigenschap_id") REFERENCES "public"."eigenschap"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zaak_logboek" ADD CONSTRAINT "zaak_logboek_zaak_id_zaak_id_fk" FOREIGN KEY ("zaak_id") REFERENCES "public"."zaak"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zaak_relatie" ADD CONSTRAINT "zaak_relatie_zaak_id_zaak_id_fk" FOREIGN KEY ("zaak_id") REFERENCES "public"."zaak"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zaak_relatie" ADD CONSTRAINT "zaak_relatie_gerelateerde_zaak_id_zaak_id_fk" FOREIGN KEY ("gerelateerde_zaak_id") REFERENCES "public"."zaak"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zaak_rol" ADD CONSTRAINT "zaak_rol_zaak_id_zaak_id_fk" FOREIGN KEY ("zaak_id") REFERENCES "public"."zaak"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zaak_rol" ADD CONSTRAINT "zaak_rol_roltype_id_roltype_id_fk" FOREIGN KEY ("roltype_id") REFERENCES "public"."roltype"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zaak_rol" ADD CONSTRAINT "zaak_rol_partij_id_partij_id_fk" FOREIGN KEY ("partij_id") REFERENCES "public"."partij"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zaak_rol" ADD CONSTRAINT "zaak_rol_medewerker_id_medewerker_id_fk" FOREIGN KEY ("medewerker_id") REFERENCES "public"."medewerker"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zaak_rol" ADD CONSTRAINT "zaak_rol_team_id_team_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."team"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zaak_status" ADD CONSTRAINT "zaak_status_zaak_id_zaak_id_fk" FOREIGN KEY ("zaak_id") REFERENCES "public"."zaak"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zaak_status" ADD CONSTRAINT "zaak_status_statustype_id_statustype_id_fk" FOREIGN KEY ("statustype_id") REFERENCES "public"."statustype"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "eigenschap_naam_uq" ON "eigenschap" USING btree ("zaaktype_id","naam");--> statement-breakpoint
CREATE INDEX "resultaattype_zaaktype_idx" ON "resultaattype" USING btree ("zaaktype_id");--> statement-breakpoint
CREATE INDEX "roltype_zaaktype_idx" ON "roltype" USING btree ("zaaktype_id");--> statement-breakpoint
CREATE INDEX "selectielijst_resultaat_procestype_idx" ON "selectielijst_resultaat" USING btree ("procestype_url");--> statement-breakpoint
CREATE UNIQUE INDEX "statustype_volgnummer_uq" ON "statustype" USING btree ("zaaktype_id","volgnummer");--> statement-breakpoint
CREATE UNIQUE INDEX "zaaktype_versie_uq" ON "zaaktype" USING btree ("identificatie","begin_geldigheid");--> statement-breakpoint
CREATE INDEX "zaaktype_team_idx" ON "zaaktype" USING btree ("team_id");--> statement-breakpoint
CREATE INDEX "zaaktype_product_idx" ON "zaaktype_product" USING btree ("product_id");--> statement-breakpoint
CREATE INDEX "besluit_zaak_idx" ON "besluit" USING btree ("zaak_id");--> statement-breakpoint
CREATE UNIQUE INDEX "besluit_identificatie_uq" ON "besluit" USING btree ("identificatie");--> statement-breakpoint
CREATE UNIQUE INDEX "zaak_identificatie_uq" ON "zaak" USING btree ("bronorganisatie","identificatie");--> statement-breakpoint
CREATE INDEX "zaak_team_open_idx" ON "zaak" USING btree ("team_id","uiterlijke_einddatum_afdoening") WHERE "zaak"."einddatum" is null;--> statement-breakpoint
CREATE INDEX "zaak_regie_idx" ON "zaak" USING btree (coalesce("einddatum_gepland", "uiterlijke_einddatum_afdoening"),"team_id") WHERE "zaak"."einddatum" is null and "zaak"."opgeschort_sinds" is null;--> statement-breakpoint
CREATE INDEX "zaak_team_einddatum_idx" ON "zaak" USING btree ("team_id","einddatum");--> statement-breakpoint
CREATE INDEX "zaak_behandelaar_idx" ON "zaak" USING btree ("behandelaar_id") WHERE "zaak"."einddatum" is null;--> statement-breakpoint
CREATE INDEX "zaak_hoofdzaak_idx" ON "zaak" USING btree ("hoofdzaak_id") WHERE "zaak"."hoofdzaak_id" is not null;--> statement-breakpoint
CREATE INDEX "zaak_zaaktype_idx" ON "zaak" USING btree ("zaaktype_id","einddatum");--> statement-breakpoint
CREATE INDEX "zaak_document_zaak_idx" ON "zaak_document" USING btree ("zaak_id");--> statement-breakpoint
CREATE INDEX "zaak_logboek_zaak_idx" ON "zaak_logboek" USING btree ("zaak_id","id");--> statement-breakpoint
CREATE INDEX "zaak_rol_zaak_idx" ON "zaak_rol" USING btree ("zaak_id");--> statement-breakpoint
CREATE INDEX "zaak_rol_partij_idx" ON "zaak_rol" USING btree ("partij_id","zaak_id") WHERE "zaak_rol"."partij_id" is not null;--> statement-breakpoint
CREATE INDEX "zaak_status_zaak_idx" ON "zaak_status" USING btree ("zaak_id","datum_status_gezet");