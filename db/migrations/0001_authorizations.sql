CREATE TABLE `authorizations` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`label` text NOT NULL,
	`description` text,
	`method` text NOT NULL,
	`token_ciphertext` blob NOT NULL,
	`token_key_id` text NOT NULL,
	`token_hash` text NOT NULL,
	`token_fingerprint` text NOT NULL,
	`facebook_user_id` text,
	`facebook_user_name` text,
	`business_id` text,
	`state` text DEFAULT 'UNCHECKED' NOT NULL,
	`token_type` text,
	`scopes` text DEFAULT '[]' NOT NULL,
	`declined_scopes` text DEFAULT '[]' NOT NULL,
	`expires_at` integer,
	`data_access_expires_at` integer,
	`problems` text DEFAULT '[]' NOT NULL,
	`checked_at` integer,
	`last_check_error` text,
	`consecutive_check_failures` integer DEFAULT 0 NOT NULL,
	`created_by` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `authorizations_workspace_token_unique` ON `authorizations` (`workspace_id`,`token_hash`);--> statement-breakpoint
CREATE INDEX `authorizations_workspace_created_idx` ON `authorizations` (`workspace_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `oauth_states` (
	`state_hash` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`label` text NOT NULL,
	`description` text,
	`scopes` text NOT NULL,
	`return_to` text,
	`authorization_id` text,
	`created_by` text,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`used_at` integer,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`authorization_id`) REFERENCES `authorizations`(`id`) ON UPDATE no action ON DELETE cascade
);
