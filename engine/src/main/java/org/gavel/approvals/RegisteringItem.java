package org.gavel.approvals;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.gavel.approvals.model.Approval;
import org.gavel.approvals.model.ApprovalEvent;
import org.gavel.approvals.model.Item;
import org.gavel.approvals.persistence.Approvals;
import org.gavel.membership.Directory;
import org.gavel.membership.TakingElectoralRoll;
import org.gavel.membership.model.Electorate;
import org.gavel.membership.model.Person;
import org.gavel.system.Actors;
import org.gavel.system.Outcome;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers an item before the Executive Committee with the EC roll as it is now: later
 * changes to the seats do not touch it ({@code APPROVAL-001}).
 */
@Service
public class RegisteringItem {

	private final Approvals approvals;

	private final TakingElectoralRoll takingRoll;

	private final Directory directory;

	private final ApprovalSettings settings;

	private final Clock clock;

	RegisteringItem(Approvals approvals, TakingElectoralRoll takingRoll, Directory directory, ApprovalSettings settings,
			Clock clock) {
		this.approvals = approvals;
		this.takingRoll = takingRoll;
		this.directory = directory;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Registers an item.
	 * @param command the item
	 * @return the approval, in round 0, or the field at fault (nothing stored)
	 */
	@Transactional
	public Outcome<Approval> register(RegisterItem command) {
		return Item.rounds(command.maxRounds(), this.settings.maxRounds())
			.then((rounds) -> command.item()
				.check()
				.check(this::submitterKnown)
				.map((item) -> store(item, rounds, command.concerns())));
	}

	private Outcome<Person> submitterKnown(Item item) {
		return this.directory.membership()
			.person(item.submittedBy())
			.map(Outcome::accepted)
			.orElseGet(() -> Outcome.refused("submittedBy", "'" + item.submittedBy() + "' is not in the directory"));
	}

	private Approval store(Item item, int rounds, String concerns) {
		TakingElectoralRoll.Taken taken = this.takingRoll
			.take(new TakingElectoralRoll.TakeElectoralRoll(Electorate.EXECUTIVE_COMMITTEE, null, Actors.GAVEL))
			.orElseThrow();
		String chair = this.directory.membership()
			.persons()
			.stream()
			.filter((person) -> person.enabled() && person.ecChair())
			.map(Person::username)
			.findFirst()
			.orElse(null);
		Instant now = this.clock.instant();
		Approval approval = Approval.registered(UUID.randomUUID(), item, now, taken.roll().id(), chair, rounds,
				concerns);
		this.approvals.add(approval);
		int seats = taken.roll().entries().size();
		this.approvals.event(approval.id(), 0, now, ApprovalEvent.SUBMITTED, item.submittedBy(),
				item.type().label() + ", version " + item.version() + "; " + seats + " filled EC seats"
						+ ((chair != null) ? "; chair " + chair : "; no chair in the directory"));
		ApprovalLog.ITEM_SUBMITTED.log(approval.id(), item.type(), item.subject(), seats, chair);
		return approval;
	}

	/**
	 * An item to register.
	 *
	 * @param item the item
	 * @param maxRounds how many rounds, or {@code null} for the default
	 * @param concerns the member organisation the item concerns, whose seat holders are
	 * recused from it, or {@code null}
	 */
	public record RegisterItem(Item item, Integer maxRounds, String concerns) {

	}

}
