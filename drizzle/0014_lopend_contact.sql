CREATE TABLE "lopend_contact" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"medewerker_id" uuid NOT NULL,
	"partij_id" uuid,
	"start" timestamp with time zone NOT NULL,
	"inhoud" jsonb NOT NULL,
	"gewijzigd" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "lopend_contact" ADD CONSTRAINT "lopend_contact_medewerker_id_medewerker_id_fk" FOREIGN KEY ("medewerker_id") REFERENCES "public"."medewerker"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lopend_contact" ADD CONSTRAINT "lopend_contact_partij_id_partij_id_fk" FOREIGN KEY ("partij_id") REFERENCES "public"."partij"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "lopend_contact_medewerker_uq" ON "lopend_contact" USING btree ("medewerker_id");