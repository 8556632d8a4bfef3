CREATE TABLE "geheim" (
	"naam" text PRIMARY KEY NOT NULL,
	"waarde" "bytea" NOT NULL
);
