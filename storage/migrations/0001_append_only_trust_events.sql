-- Custom migration: trust events are append-only, and the chain head starts at the genesis hash.
CREATE TRIGGER `trust_events_no_update` BEFORE UPDATE ON `trust_events`
BEGIN
	SELECT RAISE(ABORT, 'trust_events is append-only: UPDATE rejected');
END;
--> statement-breakpoint
CREATE TRIGGER `trust_events_no_delete` BEFORE DELETE ON `trust_events`
BEGIN
	SELECT RAISE(ABORT, 'trust_events is append-only: DELETE rejected');
END;
--> statement-breakpoint
INSERT INTO `trust_chain_head` (`id`, `seq`, `hash`) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
