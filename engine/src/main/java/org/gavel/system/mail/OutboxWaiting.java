package org.gavel.system.mail;

import java.util.List;

import org.gavel.system.Authorities;
import org.gavel.system.Waiting;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Mails whose delivery failed wait for the secretariat: one item on its front page while
 * any is being retried or was given up.
 */
@Component
class OutboxWaiting implements Waiting {

	private final Outbox outbox;

	OutboxWaiting(Outbox outbox) {
		this.outbox = outbox;
	}

	@Override
	public List<Item> waitingFor(Authentication person) {
		if (!Authorities.has(person, "ROLE_SECRETARIAT")) {
			return List.of();
		}
		Outbox.Undelivered counts = this.outbox.undelivered();
		long failed = counts.total();
		if (failed == 0) {
			return List.of();
		}
		return List.of(new Item(
				"Mail not delivered: " + failed + ((failed == 1) ? " mail" : " mails")
						+ ((counts.givenUp() > 0) ? ", " + counts.givenUp() + " given up" : ", being retried"),
				"/outbox?show=failed", null, null));
	}

}
