CREATE TABLE `brands` (
	`brand_id` text PRIMARY KEY NOT NULL,
	`display_name` text,
	`registered_at_ms` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `identity_links` (
	`event_seq` integer PRIMARY KEY NOT NULL,
	`brand_id` text NOT NULL,
	`linked_brand_id` text NOT NULL,
	FOREIGN KEY (`event_seq`) REFERENCES `trust_events`(`seq`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`brand_id`) REFERENCES `brands`(`brand_id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`linked_brand_id`) REFERENCES `brands`(`brand_id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `identity_links_brand` ON `identity_links` (`brand_id`);--> statement-breakpoint
CREATE INDEX `identity_links_linked_brand` ON `identity_links` (`linked_brand_id`);--> statement-breakpoint
CREATE TABLE `trust_chain_head` (
	`id` integer PRIMARY KEY NOT NULL,
	`seq` integer NOT NULL,
	`hash` text NOT NULL,
	CONSTRAINT "trust_chain_head_single_row" CHECK("trust_chain_head"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE `trust_events` (
	`seq` integer PRIMARY KEY NOT NULL,
	`brand_id` text NOT NULL,
	`kind` text NOT NULL,
	`occurred_at_ms` integer NOT NULL,
	`evidence` text NOT NULL,
	`prev_hash` text NOT NULL,
	`hash` text NOT NULL,
	FOREIGN KEY (`brand_id`) REFERENCES `brands`(`brand_id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `trust_events_brand_seq` ON `trust_events` (`brand_id`,`seq`);--> statement-breakpoint
CREATE TABLE `trust_scores` (
	`brand_id` text PRIMARY KEY NOT NULL,
	`model_version` text NOT NULL,
	`last_seq` integer NOT NULL,
	`state` text NOT NULL,
	FOREIGN KEY (`brand_id`) REFERENCES `brands`(`brand_id`) ON UPDATE no action ON DELETE no action
);
