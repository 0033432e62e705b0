package org.gavel.resolutions.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.gavel.system.Outcome;
import org.gavel.system.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the resolution use cases refuse, as the model decides it: deadlines, statuses, the
 * proposer, and the fields of the secretariat's and the EC's forms.
 */
class ResolutionChecksTest {

	static final ZoneId SINGAPORE = ZoneId.of("Asia/Singapore");

	static final Instant DEADLINE = Instant.parse("2027-08-27T15:59:00Z");

	static final Instant VOTING_OPENS = Instant.parse("2027-09-20T16:00:00Z");

	static final Assembly ASSEMBLY = new Assembly(UUID.randomUUID(), "General Assembly 2027", "Singapore",
			Instant.parse("2027-10-10T01:00:00Z"), SINGAPORE, LocalDate.parse("2027-07-01"), 30, DEADLINE, VOTING_OPENS,
			Instant.parse("2027-10-09T15:59:00Z"), true, "gpsnr-ga", "gpsnr-ga", null, null, "sara");

	@Test
	void submissionsCloseAtTheDeadline() {
		assertThat(ASSEMBLY.openForSubmissions(DEADLINE.minusSeconds(1)).isAccepted()).isTrue();
		assertThat(ASSEMBLY.openForSubmissions(DEADLINE)).isEqualTo(Outcome.refused(
				"Too late: the submission deadline of General Assembly 2027 (27 August 2027, 23:59 (Asia/Singapore))"
						+ " has passed."));
	}

	@ParameterizedTest
	@EnumSource(ResolutionStatus.class)
	void onlyADraftCollectsCoSponsors(ResolutionStatus status) {
		Outcome<Resolution> outcome = resolution(status).collectingSponsors();

		assertThat(outcome.isAccepted()).isEqualTo(status == ResolutionStatus.DRAFT);
		outcome.ifRefused((refused) -> assertThat(refused.reason())
			.isEqualTo("This resolution is no longer collecting co-sponsors."));
	}

	@Test
	void anActionNeedingAStatusNamesTheOneItIsIn() {
		assertThat(resolution(ResolutionStatus.SUBMITTED).in(ResolutionStatus.SUBMITTED).isAccepted()).isTrue();
		assertThat(resolution(ResolutionStatus.ADOPTED).in(ResolutionStatus.SUBMITTED))
			.isEqualTo(Outcome.refused("This resolution is adopted."));
	}

	@Test
	void onlyTheProposerSubmitsRevisesAndInvites() {
		assertThat(resolution(ResolutionStatus.DRAFT).proposedBy("ana", "submits it").isAccepted()).isTrue();
		assertThat(resolution(ResolutionStatus.DRAFT).proposedBy("budi", "invites co-sponsors"))
			.isEqualTo(Outcome.refused("Only the proposer, ana, invites co-sponsors."));
	}

	@Test
	void aReturnedResolutionIsRevisedUntilItsDeadline() {
		Instant due = Instant.parse("2027-09-01T15:59:59Z");
		Resolution returned = withResubmitBy(resolution(ResolutionStatus.RETURNED), due);

		assertThat(returned.revisableAt(due).isAccepted()).isTrue();
		assertThat(returned.revisableAt(due.plusSeconds(1)))
			.isEqualTo(Outcome.refused("Too late: it had to come back by 2027-09-01T15:59:59Z."));
		assertThat(resolution(ResolutionStatus.SUBMITTED).revisableAt(due))
			.isEqualTo(Outcome.refused("This resolution has not been returned for revision."));
	}

	@ParameterizedTest
	@EnumSource(ResolutionStatus.class)
	void membersCommentWhileItIsInTheBookletAndVotedOn(ResolutionStatus status) {
		boolean open = status == ResolutionStatus.PUBLISHED || status == ResolutionStatus.VOTING;

		assertThat(resolution(status).comment(" Agreed. ")).isEqualTo(open ? Outcome.accepted("Agreed.")
				: Outcome.refused("Comments open when the resolution is published in the booklet."));
	}

	@Test
	void anEmptyCommentIsRefusedByItsField() {
		assertThat(resolution(ResolutionStatus.PUBLISHED).comment("  "))
			.isEqualTo(Outcome.refused("comment", "is required"));
	}

	@ParameterizedTest(name = "{0} ''{1}'' by {2} -> {3}")
	@CsvSource(delimiter = '|', nullValues = "none",
			textBlock = """
					admit  | none          | none       | accepted   | none
					reject | ' '           | none       | comments   | the proposer needs the reasons
					return | Unclear text  | none       | resubmitBy | a returned resolution needs a resubmission deadline
					return | Unclear text  | 2027-08-01 | resubmitBy | must be today or later
					return | Unclear text  | 2027-09-21 | resubmitBy | must be before voting opens (21 September 2027, 00:00 (Asia/Singapore))
					return | Unclear text  | 1 Sept     | resubmitBy | '1 Sept' is not a date
					return | Unclear text  | 2027-09-01 | accepted   | none
					defer  | none          | none       | decision   | choose admit, return for revision or reject
					""")
	void theAdmissibilityReviewIsCheckedFieldByField(String decision, String comments, String resubmitBy, String field,
			String reason) {
		Outcome<AdmissibilityReview> review = AdmissibilityReview.of(decision, comments, resubmitBy, ASSEMBLY,
				Instant.parse("2027-08-15T00:00:00Z"));

		if ("accepted".equals(field)) {
			assertThat(review.isAccepted()).as(String.valueOf(review)).isTrue();
		}
		else {
			assertThat(review).isEqualTo(Outcome.refused(field, reason));
		}
	}

	@Test
	void aReturnedResolutionIsDueAtTheEndOfItsLastDayInTheAssemblysZone() {
		AdmissibilityReview review = AdmissibilityReview
			.of("return", " Unclear text ", "2027-09-01", ASSEMBLY, Instant.parse("2027-08-15T00:00:00Z"))
			.orElseThrow();

		assertThat(review.resubmitBy()).isEqualTo(Instant.parse("2027-09-01T15:59:59Z"));
		assertThat(review.note()).isEqualTo("return: Unclear text");
	}

	@ParameterizedTest(name = "{0} ''{1}'' -> {2}")
	@CsvSource(delimiter = '|', nullValues = "none", textBlock = """
			support | The EC supports it. | accepted
			neutral | No view.            | accepted
			against | No.                 | stance
			oppose  | ' '                 | statement
			none    | none                | stance
			""")
	void theEcsPositionNeedsAStanceAndAStatement(String stance, String statement, String expected) {
		Outcome<EcPosition> position = EcPosition.of(stance, statement);

		assertThat(position.fold((ok) -> "accepted", Refusal::field)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0} -> {1}: {2}")
	@CsvSource(delimiter = '|', textBlock = """
			ADOPTED     | IN_PROGRESS | accepted
			ADOPTED     | COMPLETED   | accepted
			IN_PROGRESS | COMPLETED   | accepted
			COMPLETED   | IN_PROGRESS | it is completed already; implementation only moves forward
			IN_PROGRESS | IN_PROGRESS | it is in progress already; implementation only moves forward
			ADOPTED     | started     | choose in progress or completed
			""")
	void implementationOnlyMovesForward(Implementation now, String next, String expected) {
		Outcome<Implementation> moved = now.moveTo(next);

		assertThat(moved.fold((stage) -> "accepted", Refusal::reason)).isEqualTo(expected);
	}

	static Resolution resolution(ResolutionStatus status) {
		Resolution draft = Resolution.drafted(UUID.randomUUID(), ASSEMBLY.id(),
				new Resolution.Text("Fund a helpdesk", ResolutionType.ORDINARY, "Why", "What", null), "ana",
				"Kestrel Rubber", Instant.EPOCH);
		return new Resolution(draft.id(), draft.assemblyId(), null, draft.title(), draft.type(), draft.rationale(),
				draft.operativeText(), draft.proposer(), draft.organisation(), null, status, 1, null, null, null, null,
				null, null, null, draft.createdAt());
	}

	static Resolution withResubmitBy(Resolution r, Instant due) {
		return new Resolution(r.id(), r.assemblyId(), r.number(), r.title(), r.type(), r.rationale(), r.operativeText(),
				r.proposer(), r.organisation(), r.workingGroup(), r.status(), r.version(), due, null, null, null, null,
				null, null, r.createdAt());
	}

}
