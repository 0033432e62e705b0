package org.gavel.voting;

import java.time.Clock;
import java.util.UUID;

import org.gavel.membership.Directory;
import org.gavel.membership.model.Person;
import org.gavel.membership.model.Role;
import org.gavel.system.Outcome;
import org.gavel.voting.model.SignOff;
import org.gavel.voting.persistence.Ballots;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a scrutineer's sign-off of a counted result ({@code VOTING-021}): only an
 * enabled scrutineer signs, and each scrutineer once, so two sign-offs are two different
 * scrutineers (the table's key refuses a second sign-off by the same person that got in
 * meanwhile).
 */
@Service
public class SigningOffResult {

	private final Ballots ballots;

	private final Directory directory;

	private final Clock clock;

	SigningOffResult(Ballots ballots, Directory directory, Clock clock) {
		this.ballots = ballots;
		this.directory = directory;
		this.clock = clock;
	}

	/**
	 * Checks a scrutineer could sign a result off, without recording anything.
	 * @param command who signs which ballot
	 * @return the command accepted, or why it would be refused
	 */
	@Transactional(readOnly = true)
	public Outcome<SignOffResult> check(SignOffResult command) {
		String scrutineer = command.scrutineer();
		boolean entitled = this.directory.membership()
			.person(scrutineer)
			.filter(Person::enabled)
			.map((person) -> person.roles().contains(Role.SCRUTINEER))
			.orElse(false);
		if (!entitled) {
			return Outcome.refused(scrutineer + " is not a scrutineer and cannot sign a result off.");
		}
		boolean signed = this.ballots.signOffs(command.ballot())
			.stream()
			.anyMatch((done) -> done.scrutineer().equals(scrutineer));
		return signed ? Outcome.refused(signedAlready(scrutineer)) : Outcome.accepted(command);
	}

	/**
	 * Records a sign-off.
	 * @param command who signs which ballot, with what remark
	 * @return the sign-off recorded, or why not (nothing recorded)
	 */
	@Transactional
	public Outcome<SignOff> signOff(SignOffResult command) {
		return check(command).then(this::record);
	}

	private Outcome<SignOff> record(SignOffResult command) {
		SignOff signOff = new SignOff(command.scrutineer(), this.clock.instant(),
				(command.remark() != null) ? command.remark().strip() : null);
		try {
			this.ballots.signOff(command.ballot(), signOff.scrutineer(), signOff.signedAt(), signOff.remark());
		}
		catch (DuplicateKeyException ex) {
			return Outcome.refused(signedAlready(command.scrutineer()));
		}
		VotingLog.SIGNED_OFF.log(command.ballot(), command.scrutineer());
		return Outcome.accepted(signOff);
	}

	private static String signedAlready(String scrutineer) {
		return scrutineer
				+ " has signed this result off already; the second sign-off must come from another scrutineer.";
	}

	/**
	 * Sign a counted result off.
	 *
	 * @param ballot the ballot
	 * @param scrutineer who signs: the task's assignee
	 * @param remark what they note, or {@code null}
	 */
	public record SignOffResult(UUID ballot, String scrutineer, String remark) {

	}

}
