DROP INDEX `authorizations_workspace_created_idx`;--> statement-breakpoint
CREATE INDEX `authorizations_workspace_created_id_idx` ON `authorizations` (`workspace_id`,`created_at`,`id`);