CREATE TABLE `account_list` (
	`account_id` text PRIMARY KEY NOT NULL,
	`added_at` integer NOT NULL,
	`added_by` text NOT NULL,
	`last_called_at` integer
);
--> statement-breakpoint
CREATE TABLE `ad_account_changes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`authorization_id` text NOT NULL,
	`workspace_id` text NOT NULL,
	`account_id` text NOT NULL,
	`change` text NOT NULL,
	`details` text DEFAULT '{}' NOT NULL,
	`at` integer NOT NULL,
	FOREIGN KEY (`authorization_id`) REFERENCES `authorizations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `ad_account_changes_authorization_idx` ON `ad_account_changes` (`authorization_id`,`at`);--> statement-breakpoint
CREATE TABLE `ad_accounts` (
	`authorization_id` text NOT NULL,
	`account_id` text NOT NULL,
	`workspace_id` text NOT NULL,
	`name` text NOT NULL,
	`account_status` integer NOT NULL,
	`disable_reason` integer,
	`currency` text,
	`timezone_name` text,
	`business_id` text,
	`business_name` text,
	`tasks` text DEFAULT '[]' NOT NULL,
	`custom_audience_tos_accepted` integer NOT NULL,
	`web_custom_audience_tos_accepted` integer NOT NULL,
	`synced_at` integer NOT NULL,
	PRIMARY KEY(`authorization_id`, `account_id`),
	FOREIGN KEY (`authorization_id`) REFERENCES `authorizations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `ad_accounts_workspace_account_idx` ON `ad_accounts` (`workspace_id`,`account_id`);--> statement-breakpoint
CREATE TABLE `app_observations` (
	`app_id` text PRIMARY KEY NOT NULL,
	`access_tier` text,
	`access_tier_seen_at` integer
);
