CREATE TABLE `order_chain_head` (
	`id` integer PRIMARY KEY NOT NULL,
	`seq` integer NOT NULL,
	`hash` text NOT NULL,
	CONSTRAINT "order_chain_head_single_row" CHECK("order_chain_head"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE `order_events` (
	`seq` integer PRIMARY KEY NOT NULL,
	`order_id` text NOT NULL,
	`brand_id` text NOT NULL,
	`status` text NOT NULL,
	`occurred_at_ms` integer NOT NULL,
	`record` text NOT NULL,
	`prev_hash` text NOT NULL,
	`hash` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `order_events_order` ON `order_events` (`order_id`);--> statement-breakpoint
CREATE TABLE `purchases` (
	`offer_id` text PRIMARY KEY NOT NULL,
	`brand_id` text NOT NULL,
	`idempotency_key` text NOT NULL,
	`amount_minor` integer NOT NULL,
	`currency` text NOT NULL,
	`reserved_at` text NOT NULL,
	`status` text NOT NULL,
	`order_id` text
);
--> statement-breakpoint
CREATE INDEX `purchases_reserved_at` ON `purchases` (`reserved_at`);