ALTER TABLE "clinics" ADD COLUMN "contact_phone" text;--> statement-breakpoint
ALTER TABLE "clinics" ADD COLUMN "contact_email" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "phone" text;