CREATE TYPE "public"."pre_run_outcome" AS ENUM('run', 'rest_today', 'stop');--> statement-breakpoint
ALTER TYPE "public"."alert_resolution" ADD VALUE 'resume_phase';--> statement-breakpoint
ALTER TABLE "prescribed_sessions" DISABLE ROW LEVEL SECURITY;--> statement-breakpoint
DROP TABLE "prescribed_sessions" CASCADE;--> statement-breakpoint
ALTER TABLE "plans" ADD COLUMN "weekly_cap" integer;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_weekly_cap_range" CHECK ("plans"."weekly_cap" is null or "plans"."weekly_cap" between 10 and 1200);