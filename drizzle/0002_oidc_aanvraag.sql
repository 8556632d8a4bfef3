CREATE TABLE "oidc_aanvraag" (
	"state" text PRIMARY KEY NOT NULL,
	"code_verifier" text NOT NULL,
	"nonce" text NOT NULL,
	"aangemaakt" timestamp with time zone DEFAULT now() NOT NULL
);
