CREATE TABLE "kto_scan" (
	"bron" text PRIMARY KEY NOT NULL,
	"tot" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kto_uitnodiging" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"token_hash" text NOT NULL,
	"aanleiding" text NOT NULL,
	"aanleiding_id" uuid NOT NULL,
	"partij_id" uuid,
	"team_id" uuid,
	"kanaal" text,
	"product_id" uuid,
	"via" text NOT NULL,
	"verstuurd" timestamp with time zone NOT NULL,
	"verloopt_op" timestamp with time zone NOT NULL,
	"beantwoord" timestamp with time zone,
	"score" integer,
	"in_een_keer" boolean,
	"opmerking" text
);
--> statement-breakpoint
ALTER TABLE "kto_uitnodiging" ADD CONSTRAINT "kto_uitnodiging_partij_id_partij_id_fk" FOREIGN KEY ("partij_id") REFERENCES "public"."partij"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "kto_uitnodiging_token_idx" ON "kto_uitnodiging" USING btree ("token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "kto_uitnodiging_aanleiding_idx" ON "kto_uitnodiging" USING btree ("aanleiding","aanleiding_id");--> statement-breakpoint
CREATE INDEX "kto_uitnodiging_partij_idx" ON "kto_uitnodiging" USING btree ("partij_id","verstuurd");--> statement-breakpoint
CREATE INDEX "kto_uitnodiging_verstuurd_idx" ON "kto_uitnodiging" USING btree ("verstuurd");--> statement-breakpoint
CREATE INDEX "contactverzoek_klantcontact_idx" ON "contactverzoek" USING btree ("klantcontact_id") WHERE "contactverzoek"."klantcontact_id" is not null;--> statement-breakpoint
CREATE INDEX "zaak_klantcontact_idx" ON "zaak" USING btree ("klantcontact_id") WHERE "zaak"."klantcontact_id" is not null;