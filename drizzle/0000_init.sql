CREATE TABLE "brp_persoonslijst" (
	"id" text PRIMARY KEY NOT NULL,
	"bsn" text,
	"rijen" jsonb NOT NULL,
	"geladen" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "medewerker" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"naam" text NOT NULL,
	"gebruikersnaam" text NOT NULL,
	"email" text NOT NULL,
	"rollen" text[] NOT NULL,
	"actief" boolean DEFAULT true NOT NULL,
	"wachtwoord_hash" text,
	"wachtwoord_tijdelijk" boolean DEFAULT false NOT NULL,
	"mislukte_pogingen" integer DEFAULT 0 NOT NULL,
	"geblokkeerd_tot" timestamp with time zone,
	"oidc_subject" text,
	"versie" integer DEFAULT 1 NOT NULL,
	"aangemaakt" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "medewerker_oidc_subject_unique" UNIQUE("oidc_subject")
);
--> statement-breakpoint
CREATE TABLE "team" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"naam" text NOT NULL,
	"omschrijving" text DEFAULT '' NOT NULL,
	"email" text,
	"versie" integer DEFAULT 1 NOT NULL,
	"aangemaakt" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "teamlidmaatschap" (
	"team_id" uuid NOT NULL,
	"medewerker_id" uuid NOT NULL,
	CONSTRAINT "teamlidmaatschap_team_id_medewerker_id_pk" PRIMARY KEY("team_id","medewerker_id")
);
--> statement-breakpoint
CREATE TABLE "audit_regel" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"tijdstip" timestamp with time zone DEFAULT now() NOT NULL,
	"medewerker_id" uuid,
	"medewerker_naam" text NOT NULL,
	"rol" text,
	"actie" text NOT NULL,
	"object_type" text NOT NULL,
	"object_id" text,
	"persoonsgegevens" boolean DEFAULT false NOT NULL,
	"reden" text,
	"request_id" text,
	"details" jsonb
);
--> statement-breakpoint
CREATE TABLE "api_token" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"naam" text NOT NULL,
	"token_hash" text NOT NULL,
	"alleen_lezen" boolean DEFAULT false NOT NULL,
	"aangemaakt" timestamp with time zone DEFAULT now() NOT NULL,
	"ingetrokken" timestamp with time zone,
	CONSTRAINT "api_token_naam_unique" UNIQUE("naam"),
	CONSTRAINT "api_token_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "sessie" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"medewerker_id" uuid NOT NULL,
	"csrf_token" text NOT NULL,
	"aangemaakt" timestamp with time zone DEFAULT now() NOT NULL,
	"verloopt" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sluitingsdag" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"datum" date NOT NULL,
	"omschrijving" text NOT NULL,
	"aangemaakt" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sluitingsdag_datum_unique" UNIQUE("datum")
);
--> statement-breakpoint
CREATE TABLE "domein_gebeurtenis" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"type" text NOT NULL,
	"object_type" text NOT NULL,
	"object_id" text NOT NULL,
	"data" jsonb NOT NULL,
	"tijdstip" timestamp with time zone DEFAULT now() NOT NULL,
	"request_id" text
);
--> statement-breakpoint
CREATE TABLE "mail" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"sleutel" text NOT NULL,
	"aan" text NOT NULL,
	"onderwerp" text NOT NULL,
	"tekst" text NOT NULL,
	"status" text NOT NULL,
	"fout" text,
	"aangemaakt" timestamp with time zone DEFAULT now() NOT NULL,
	"verzonden" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "teamlidmaatschap" ADD CONSTRAINT "teamlidmaatschap_team_id_team_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."team"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teamlidmaatschap" ADD CONSTRAINT "teamlidmaatschap_medewerker_id_medewerker_id_fk" FOREIGN KEY ("medewerker_id") REFERENCES "public"."medewerker"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessie" ADD CONSTRAINT "sessie_medewerker_id_medewerker_id_fk" FOREIGN KEY ("medewerker_id") REFERENCES "public"."medewerker"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "brp_persoonslijst_bsn_idx" ON "brp_persoonslijst" USING btree ("bsn");--> statement-breakpoint
CREATE UNIQUE INDEX "medewerker_gebruikersnaam_uq" ON "medewerker" USING btree (lower("gebruikersnaam"));--> statement-breakpoint
CREATE INDEX "medewerker_email_idx" ON "medewerker" USING btree (lower("email"));--> statement-breakpoint
CREATE UNIQUE INDEX "team_naam_uq" ON "team" USING btree (lower("naam"));--> statement-breakpoint
CREATE INDEX "teamlidmaatschap_mw_idx" ON "teamlidmaatschap" USING btree ("medewerker_id");--> statement-breakpoint
CREATE INDEX "audit_regel_tijdstip_idx" ON "audit_regel" USING btree ("tijdstip");--> statement-breakpoint
CREATE INDEX "audit_regel_object_idx" ON "audit_regel" USING btree ("object_type","object_id");--> statement-breakpoint
CREATE INDEX "sessie_medewerker_idx" ON "sessie" USING btree ("medewerker_id");--> statement-breakpoint
CREATE INDEX "domein_gebeurtenis_object_idx" ON "domein_gebeurtenis" USING btree ("object_type","object_id");--> statement-breakpoint
CREATE UNIQUE INDEX "mail_sleutel_aan_uq" ON "mail" USING btree ("sleutel","aan");--> statement-breakpoint
CREATE INDEX "mail_aangemaakt_idx" ON "mail" USING btree ("aangemaakt");