CREATE TABLE `data_deletion_requests` (
	`confirmation_code` text PRIMARY KEY NOT NULL,
	`facebook_user_id` text NOT NULL,
	`deleted_authorizations` integer NOT NULL,
	`requested_at` integer NOT NULL,
	`completed_at` integer
);
--> statement-breakpoint
CREATE TABLE `facebook_webhook_receipts` (
	`body_hash` text PRIMARY KEY NOT NULL,
	`object` text NOT NULL,
	`fields` text NOT NULL,
	`payload` text NOT NULL,
	`received_at` integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE `ad_accounts` ADD `is_personal` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `ad_accounts` ADD `pixels` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `app_observations` ADD `permissions` text;--> statement-breakpoint
ALTER TABLE `app_observations` ADD `permissions_seen_at` integer;--> statement-breakpoint
ALTER TABLE `app_observations` ADD `business` text;--> statement-breakpoint
ALTER TABLE `app_observations` ADD `business_seen_at` integer;--> statement-breakpoint
ALTER TABLE `authorizations` ADD `client_business_id` text;--> statement-breakpoint
ALTER TABLE `authorizations` ADD `delegated_asset_ids` text;--> statement-breakpoint
ALTER TABLE `authorizations` ADD `expired_scopes` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
CREATE INDEX `authorizations_client_business_idx` ON `authorizations` (`client_business_id`);