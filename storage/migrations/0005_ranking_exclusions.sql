CREATE TABLE `ranking_exclusions` (
	`request_id` text NOT NULL,
	`offer_id` text NOT NULL,
	`reasons` text NOT NULL,
	`ranked_at` text NOT NULL,
	PRIMARY KEY(`request_id`, `offer_id`)
);
