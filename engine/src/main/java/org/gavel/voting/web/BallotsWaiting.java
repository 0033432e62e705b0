package org.gavel.voting.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.gavel.system.Waiting;
import org.gavel.voting.ReadingBallots;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The open ballots a person is on the roll of and has not voted in yet, each with its
 * close.
 */
@Component
class BallotsWaiting implements Waiting {

	private final ReadingBallots reading;

	private final Clock clock;

	BallotsWaiting(ReadingBallots reading, Clock clock) {
		this.reading = reading;
		this.clock = clock;
	}

	@Override
	public List<Item> waitingFor(Authentication person) {
		Instant now = this.clock.instant();
		return this.reading.all()
			.stream()
			.filter((summary) -> summary.closedAt() == null && !now.isBefore(summary.opensAt())
					&& now.isBefore(summary.closesAt()))
			.map((summary) -> this.reading.ballot(summary.id()).orElse(null))
			.filter(Objects::nonNull)
			.filter((ballot) -> ballot.elector(person.getName()).isPresent()
					&& !this.reading.voters(ballot.id()).contains(person.getName()))
			.map((ballot) -> new Item("Vote: " + ballot.title(), "/ballots/" + ballot.id(), ballot.closesAt(),
					ballot.zone()))
			.toList();
	}

}
