-- Custom migration: order events are append-only, their chain head starts at the genesis hash, and every order
-- already placed holds its offer (one order per offer), so a second order of an old offer is refused too.
CREATE TRIGGER `order_events_no_update` BEFORE UPDATE ON `order_events`
BEGIN
	SELECT RAISE(ABORT, 'order_events is append-only: UPDATE rejected');
END;
--> statement-breakpoint
CREATE TRIGGER `order_events_no_delete` BEFORE DELETE ON `order_events`
BEGIN
	SELECT RAISE(ABORT, 'order_events is append-only: DELETE rejected');
END;
--> statement-breakpoint
INSERT INTO `order_chain_head` (`id`, `seq`, `hash`) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
--> statement-breakpoint
INSERT INTO `purchases` (`offer_id`, `brand_id`, `idempotency_key`, `amount_minor`, `currency`, `reserved_at`, `status`, `order_id`)
SELECT json_extract(`record`, '$.offer.offerId'), `brand_id`, 'before-reservations', `charged_minor`, `currency`, `placed_at`, 'ordered', `order_id`
FROM `orders` WHERE `status` <> 'failed' AND json_extract(`record`, '$.offer.offerId') IS NOT NULL
ON CONFLICT (`offer_id`) DO NOTHING;
