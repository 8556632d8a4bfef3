DROP INDEX "partij_zoeknaam_trgm";--> statement-breakpoint
CREATE INDEX "partij_contactpersoon_trgm" ON "partij" USING gin ("zoeknaam" gin_trgm_ops) WHERE "partij"."soort" = 'contactpersoon';