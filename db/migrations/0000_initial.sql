CREATE TYPE "public"."alert_kind" AS ENUM('stop', 'review', 'concern');--> statement-breakpoint
CREATE TYPE "public"."alert_resolution" AS ENUM('resume', 'regress', 'foundation', 'refer_out', 'acknowledged');--> statement-breakpoint
CREATE TYPE "public"."alert_status" AS ENUM('open', 'resolved');--> statement-breakpoint
CREATE TYPE "public"."audit_outcome" AS ENUM('ok', 'denied', 'failed');--> statement-breakpoint
CREATE TYPE "public"."day_kind" AS ENUM('run', 'strength', 'mobility', 'cross_training', 'rest');--> statement-breakpoint
CREATE TYPE "public"."decision_action" AS ENUM('progress', 'repeat', 'regress', 'stop');--> statement-breakpoint
CREATE TYPE "public"."decision_source" AS ENUM('run_log', 'check_in');--> statement-breakpoint
CREATE TYPE "public"."injury_side" AS ENUM('left', 'right', 'both', 'not_applicable');--> statement-breakpoint
CREATE TYPE "public"."phase" AS ENUM('foundation', 'walk_run', 'continuous', 'full', 'maintenance', 'paused', 'discharged');--> statement-breakpoint
CREATE TYPE "public"."pain_preset" AS ENUM('seed', 'tendinopathy', 'bone_stress');--> statement-breakpoint
CREATE TYPE "public"."role" AS ENUM('admin', 'therapist', 'runner');--> statement-breakpoint
CREATE TABLE "clinics" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"default_preset" "pain_preset" DEFAULT 'seed' NOT NULL,
	"protocol_settings" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"clinic_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"invited_by" uuid,
	"expires_at" timestamp with time zone NOT NULL,
	"accepted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	"user_agent" text
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"clinic_id" uuid NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"role" "role" NOT NULL,
	"password_hash" text,
	"active" boolean DEFAULT true NOT NULL,
	"last_sign_in_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_email_lowercase" CHECK ("users"."email" = lower("users"."email"))
);
--> statement-breakpoint
CREATE TABLE "plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"runner_id" uuid NOT NULL,
	"phase" "phase" NOT NULL,
	"start_stage" smallint DEFAULT 1 NOT NULL,
	"started_on" date NOT NULL,
	"ended_on" date,
	"reason" text,
	"override_reason" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plans_start_stage_range" CHECK ("plans"."start_stage" between 1 and 8)
);
--> statement-breakpoint
CREATE TABLE "prescribed_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"runner_id" uuid NOT NULL,
	"plan_id" uuid,
	"date" date NOT NULL,
	"kind" "day_kind" NOT NULL,
	"stage" smallint,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "runner_profiles" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"clinic_id" uuid NOT NULL,
	"therapist_id" uuid NOT NULL,
	"injury_type" text NOT NULL,
	"injury_side" "injury_side" DEFAULT 'not_applicable' NOT NULL,
	"injury_date" date,
	"preset" "pain_preset" DEFAULT 'seed' NOT NULL,
	"protocol_settings" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"phase" "phase" DEFAULT 'foundation' NOT NULL,
	"stage" smallint DEFAULT 1 NOT NULL,
	"goal_weekly_minutes" integer DEFAULT 150 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "runner_profiles_stage_range" CHECK ("runner_profiles"."stage" between 1 and 8),
	CONSTRAINT "runner_profiles_goal_positive" CHECK ("runner_profiles"."goal_weekly_minutes" between 30 and 1200)
);
--> statement-breakpoint
CREATE TABLE "exercise_logs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"runner_id" uuid NOT NULL,
	"date" date NOT NULL,
	"kind" "day_kind" NOT NULL,
	"exercises_done" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"activity" text,
	"minutes" integer,
	"note" text,
	"idempotency_key" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "exercise_logs_kind" CHECK ("exercise_logs"."kind" <> 'run'),
	CONSTRAINT "exercise_logs_minutes_range" CHECK ("exercise_logs"."minutes" is null or "exercise_logs"."minutes" between 1 and 600)
);
--> statement-breakpoint
CREATE TABLE "readiness_assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"runner_id" uuid NOT NULL,
	"assessed_by" uuid NOT NULL,
	"assessed_on" date NOT NULL,
	"pain_at_rest" smallint NOT NULL,
	"sharp_pain_with_daily_movement" boolean NOT NULL,
	"current_pain" smallint NOT NULL,
	"single_leg_squat_left" smallint NOT NULL,
	"single_leg_squat_right" smallint NOT NULL,
	"single_leg_squat_good_control" boolean NOT NULL,
	"hop_30s_pain_free" boolean NOT NULL,
	"walk_30min_pain_free" boolean NOT NULL,
	"passed" boolean NOT NULL,
	"failed_criteria" text[] DEFAULT '{}'::text[] NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "readiness_pain_at_rest_range" CHECK (pain_at_rest between 0 and 10),
	CONSTRAINT "readiness_current_pain_range" CHECK (current_pain between 0 and 10),
	CONSTRAINT "readiness_squat_range" CHECK (single_leg_squat_left between 0 and 100 and single_leg_squat_right between 0 and 100)
);
--> statement-breakpoint
CREATE TABLE "run_logs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"runner_id" uuid NOT NULL,
	"date" date NOT NULL,
	"stage" smallint NOT NULL,
	"completed" boolean NOT NULL,
	"run_minutes" integer NOT NULL,
	"pain_before" smallint NOT NULL,
	"pain_during" smallint NOT NULL,
	"pain_after" smallint NOT NULL,
	"sharp_pain" boolean NOT NULL,
	"limping" boolean NOT NULL,
	"rpe" smallint,
	"note" text,
	"pain_next_morning" smallint,
	"swelling_over_24h" boolean,
	"checked_in_at" timestamp with time zone,
	"idempotency_key" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "run_logs_pain_before_range" CHECK (pain_before between 0 and 10),
	CONSTRAINT "run_logs_pain_during_range" CHECK (pain_during between 0 and 10),
	CONSTRAINT "run_logs_pain_after_range" CHECK (pain_after between 0 and 10),
	CONSTRAINT "run_logs_pain_next_morning_range" CHECK (pain_next_morning is null or pain_next_morning between 0 and 10),
	CONSTRAINT "run_logs_rpe_range" CHECK (rpe is null or rpe between 0 and 10),
	CONSTRAINT "run_logs_stage_range" CHECK ("run_logs"."stage" between 1 and 8),
	CONSTRAINT "run_logs_minutes_range" CHECK ("run_logs"."run_minutes" between 0 and 300)
);
--> statement-breakpoint
CREATE TABLE "alerts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"clinic_id" uuid NOT NULL,
	"runner_id" uuid NOT NULL,
	"therapist_id" uuid NOT NULL,
	"kind" "alert_kind" NOT NULL,
	"status" "alert_status" DEFAULT 'open' NOT NULL,
	"rules" text[] DEFAULT '{}'::text[] NOT NULL,
	"run_log_id" uuid,
	"decision_id" uuid,
	"message" text,
	"resolution" "alert_resolution",
	"resolution_stage" smallint,
	"resolution_note" text,
	"resolved_by" uuid,
	"resolved_at" timestamp with time zone,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"clinic_id" uuid,
	"actor_id" uuid,
	"action" text NOT NULL,
	"target_type" text,
	"target_id" text,
	"outcome" "audit_outcome" NOT NULL,
	"detail" jsonb
);
--> statement-breakpoint
CREATE TABLE "protocol_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"runner_id" uuid NOT NULL,
	"run_log_id" uuid NOT NULL,
	"source" "decision_source" NOT NULL,
	"action" "decision_action" NOT NULL,
	"from_stage" smallint NOT NULL,
	"next_stage" smallint NOT NULL,
	"next_phase" "phase" NOT NULL,
	"rules" text[] NOT NULL,
	"earliest_next_run" date,
	"supersedes_id" uuid,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "therapist_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"runner_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_invited_by_users_id_fk" FOREIGN KEY ("invited_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_runner_id_runner_profiles_user_id_fk" FOREIGN KEY ("runner_id") REFERENCES "public"."runner_profiles"("user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prescribed_sessions" ADD CONSTRAINT "prescribed_sessions_runner_id_runner_profiles_user_id_fk" FOREIGN KEY ("runner_id") REFERENCES "public"."runner_profiles"("user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prescribed_sessions" ADD CONSTRAINT "prescribed_sessions_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "runner_profiles" ADD CONSTRAINT "runner_profiles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "runner_profiles" ADD CONSTRAINT "runner_profiles_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "runner_profiles" ADD CONSTRAINT "runner_profiles_therapist_id_users_id_fk" FOREIGN KEY ("therapist_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exercise_logs" ADD CONSTRAINT "exercise_logs_runner_id_runner_profiles_user_id_fk" FOREIGN KEY ("runner_id") REFERENCES "public"."runner_profiles"("user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exercise_logs" ADD CONSTRAINT "exercise_logs_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "readiness_assessments" ADD CONSTRAINT "readiness_assessments_runner_id_runner_profiles_user_id_fk" FOREIGN KEY ("runner_id") REFERENCES "public"."runner_profiles"("user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "readiness_assessments" ADD CONSTRAINT "readiness_assessments_assessed_by_users_id_fk" FOREIGN KEY ("assessed_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "run_logs" ADD CONSTRAINT "run_logs_runner_id_runner_profiles_user_id_fk" FOREIGN KEY ("runner_id") REFERENCES "public"."runner_profiles"("user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "run_logs" ADD CONSTRAINT "run_logs_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_runner_id_runner_profiles_user_id_fk" FOREIGN KEY ("runner_id") REFERENCES "public"."runner_profiles"("user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_therapist_id_users_id_fk" FOREIGN KEY ("therapist_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_run_log_id_run_logs_id_fk" FOREIGN KEY ("run_log_id") REFERENCES "public"."run_logs"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_decision_id_protocol_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."protocol_decisions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_resolved_by_users_id_fk" FOREIGN KEY ("resolved_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protocol_decisions" ADD CONSTRAINT "protocol_decisions_runner_id_runner_profiles_user_id_fk" FOREIGN KEY ("runner_id") REFERENCES "public"."runner_profiles"("user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protocol_decisions" ADD CONSTRAINT "protocol_decisions_run_log_id_run_logs_id_fk" FOREIGN KEY ("run_log_id") REFERENCES "public"."run_logs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protocol_decisions" ADD CONSTRAINT "protocol_decisions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protocol_decisions" ADD CONSTRAINT "decisions_supersedes_fk" FOREIGN KEY ("supersedes_id") REFERENCES "public"."protocol_decisions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "therapist_notes" ADD CONSTRAINT "therapist_notes_runner_id_runner_profiles_user_id_fk" FOREIGN KEY ("runner_id") REFERENCES "public"."runner_profiles"("user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "therapist_notes" ADD CONSTRAINT "therapist_notes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "invitations_token_hash_unique" ON "invitations" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "invitations_user_idx" ON "invitations" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_unique" ON "users" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "users_clinic_role_idx" ON "users" USING btree ("clinic_id","role");--> statement-breakpoint
CREATE INDEX "plans_runner_idx" ON "plans" USING btree ("runner_id","started_on");--> statement-breakpoint
CREATE UNIQUE INDEX "plans_one_open_per_runner" ON "plans" USING btree ("runner_id") WHERE "plans"."ended_on" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "prescribed_sessions_runner_date_unique" ON "prescribed_sessions" USING btree ("runner_id","date");--> statement-breakpoint
CREATE INDEX "runner_profiles_therapist_idx" ON "runner_profiles" USING btree ("therapist_id","phase");--> statement-breakpoint
CREATE INDEX "runner_profiles_clinic_phase_idx" ON "runner_profiles" USING btree ("clinic_id","phase");--> statement-breakpoint
CREATE UNIQUE INDEX "exercise_logs_runner_idempotency_unique" ON "exercise_logs" USING btree ("runner_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "exercise_logs_runner_date_idx" ON "exercise_logs" USING btree ("runner_id","date");--> statement-breakpoint
CREATE INDEX "readiness_runner_idx" ON "readiness_assessments" USING btree ("runner_id","assessed_on");--> statement-breakpoint
CREATE UNIQUE INDEX "run_logs_runner_idempotency_unique" ON "run_logs" USING btree ("runner_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "run_logs_runner_date_idx" ON "run_logs" USING btree ("runner_id","date");--> statement-breakpoint
CREATE INDEX "alerts_therapist_status_idx" ON "alerts" USING btree ("therapist_id","status","kind");--> statement-breakpoint
CREATE INDEX "alerts_runner_idx" ON "alerts" USING btree ("runner_id","created_at");--> statement-breakpoint
CREATE INDEX "alerts_clinic_created_idx" ON "alerts" USING btree ("clinic_id","created_at");--> statement-breakpoint
CREATE INDEX "audit_clinic_at_idx" ON "audit_log" USING btree ("clinic_id","at");--> statement-breakpoint
CREATE INDEX "audit_actor_idx" ON "audit_log" USING btree ("actor_id","at");--> statement-breakpoint
CREATE INDEX "decisions_runner_created_idx" ON "protocol_decisions" USING btree ("runner_id","created_at");--> statement-breakpoint
CREATE INDEX "decisions_run_log_idx" ON "protocol_decisions" USING btree ("run_log_id");--> statement-breakpoint
CREATE INDEX "therapist_notes_runner_idx" ON "therapist_notes" USING btree ("runner_id","created_at");