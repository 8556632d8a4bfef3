CREATE TABLE "sturing_contactdag" (
	"dag" date NOT NULL,
	"team_id" uuid,
	"kanaal" text NOT NULL,
	"contacten" integer NOT NULL,
	"beantwoord" integer NOT NULL,
	"bekend" integer NOT NULL,
	"opgelost" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sturing_medewerkerdag" (
	"dag" date NOT NULL,
	"team_id" uuid,
	"medewerker_id" uuid,
	"contacten" integer NOT NULL,
	"beantwoord" integer NOT NULL,
	"bekend" integer NOT NULL,
	"opgelost" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sturing_normdag" (
	"bron" text NOT NULL,
	"dag" date NOT NULL,
	"team_id" uuid NOT NULL,
	"totaal" integer NOT NULL,
	"gehaald" integer NOT NULL,
	CONSTRAINT "sturing_normdag_bron_dag_team_id_pk" PRIMARY KEY("bron","dag","team_id")
);
--> statement-breakpoint
CREATE TABLE "sturing_organisatieproductdag" (
	"dag" date NOT NULL,
	"product_id" uuid NOT NULL,
	"kanaal" text NOT NULL,
	"contacten" integer NOT NULL,
	"beantwoord" integer NOT NULL,
	"bekend" integer NOT NULL,
	"opgelost" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sturing_productdag" (
	"dag" date NOT NULL,
	"team_id" uuid,
	"product_id" uuid NOT NULL,
	"kanaal" text NOT NULL,
	"contacten" integer NOT NULL,
	"beantwoord" integer NOT NULL,
	"bekend" integer NOT NULL,
	"opgelost" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sturing_stand" (
	"soort" text PRIMARY KEY NOT NULL,
	"bijgewerkt_op" timestamp with time zone NOT NULL,
	"opbouw_vanaf" date
);
--> statement-breakpoint
CREATE INDEX "sturing_contactdag_dag_idx" ON "sturing_contactdag" USING btree ("dag");--> statement-breakpoint
CREATE INDEX "sturing_contactdag_team_idx" ON "sturing_contactdag" USING btree ("team_id","dag");--> statement-breakpoint
CREATE INDEX "sturing_medewerkerdag_dag_idx" ON "sturing_medewerkerdag" USING btree ("dag");--> statement-breakpoint
CREATE INDEX "sturing_medewerkerdag_team_idx" ON "sturing_medewerkerdag" USING btree ("team_id","dag");--> statement-breakpoint
CREATE INDEX "sturing_normdag_team_idx" ON "sturing_normdag" USING btree ("team_id","dag");--> statement-breakpoint
CREATE INDEX "sturing_organisatieproductdag_dag_idx" ON "sturing_organisatieproductdag" USING btree ("dag");--> statement-breakpoint
CREATE INDEX "sturing_productdag_dag_idx" ON "sturing_productdag" USING btree ("dag");--> statement-breakpoint
CREATE INDEX "sturing_productdag_team_idx" ON "sturing_productdag" USING btree ("team_id","dag");