CREATE TABLE "pre_run_checks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"runner_id" uuid NOT NULL,
	"date" date NOT NULL,
	"pain_now" smallint NOT NULL,
	"swelling_over_24h" boolean NOT NULL,
	"limping_when_walking" boolean NOT NULL,
	"outcome" "pre_run_outcome" NOT NULL,
	"rules" text[] NOT NULL,
	"idempotency_key" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pre_run_checks_pain_now_range" CHECK (pain_now between 0 and 10)
);
--> statement-breakpoint
ALTER TABLE "pre_run_checks" ADD CONSTRAINT "pre_run_checks_runner_id_runner_profiles_user_id_fk" FOREIGN KEY ("runner_id") REFERENCES "public"."runner_profiles"("user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pre_run_checks" ADD CONSTRAINT "pre_run_checks_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "pre_run_checks_runner_idempotency_unique" ON "pre_run_checks" USING btree ("runner_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "pre_run_checks_runner_date_idx" ON "pre_run_checks" USING btree ("runner_id","date");