ALTER TABLE `sweep_runs` ADD `total` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `sweep_runs` ADD `cursor` text;