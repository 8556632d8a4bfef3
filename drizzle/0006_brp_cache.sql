CREATE TABLE "brp_cache" (
	"bsn" text PRIMARY KEY NOT NULL,
	"gegevens" jsonb NOT NULL,
	"opgehaald" timestamp with time zone NOT NULL
);
