CREATE TABLE `exchanges` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`request_id` text NOT NULL,
	`brand_id` text NOT NULL,
	`kind` text NOT NULL,
	`at` text NOT NULL,
	`exchange` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `exchanges_request` ON `exchanges` (`request_id`);--> statement-breakpoint
CREATE TABLE `offers` (
	`offer_id` text PRIMARY KEY NOT NULL,
	`request_id` text NOT NULL,
	`brand_id` text NOT NULL,
	`sku` text NOT NULL,
	`gtin` text,
	`price_minor` integer NOT NULL,
	`currency` text NOT NULL,
	`quantity` integer NOT NULL,
	`received_at` text NOT NULL,
	`offer` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `offers_brand_sku` ON `offers` (`brand_id`,`sku`);--> statement-breakpoint
CREATE INDEX `offers_brand_gtin` ON `offers` (`brand_id`,`gtin`);--> statement-breakpoint
CREATE TABLE `orders` (
	`order_id` text PRIMARY KEY NOT NULL,
	`request_id` text NOT NULL,
	`brand_id` text NOT NULL,
	`status` text NOT NULL,
	`placed_at` text NOT NULL,
	`charged_minor` integer NOT NULL,
	`currency` text NOT NULL,
	`record` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `orders_placed_at` ON `orders` (`placed_at`);--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`updated_at` text NOT NULL
);
