package org.gavel.approvals.model;

import java.time.Instant;
import java.util.UUID;

import org.gavel.system.Outcome;
import org.gavel.system.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the EC approval's use cases refuse, as the model decides it: each refusal with the
 * field it names, and what passes.
 */
class ApprovalChecksTest {

	static final Item ITEM = new Item(ItemType.TASK_FORCE, "  Task force: Traceability  ", "test:1", 1,
			"capacity-building", "wen");

	@Test
	void anItemIsTakenWithItsTitleStripped() {
		assertThat(ITEM.check()).isEqualTo(Outcome.accepted(
				new Item(ItemType.TASK_FORCE, "Task force: Traceability", "test:1", 1, "capacity-building", "wen")));
	}

	@ParameterizedTest(name = "{0} -> {1}: {2}")
	@CsvSource(delimiter = '|', textBlock = """
			no type        | itemType | is required
			blank title    | title    | is required, up to 300 characters
			long title     | title    | is required, up to 300 characters
			no subject     | subject  | is required (what the item refers to)
			version 0      | version  | must be 1 or more
			""")
	void aBadItemIsRefusedByItsField(String what, String field, String reason) {
		Item item = switch (what) {
			case "no type" -> new Item(null, "T", "s", 1, null, "wen");
			case "blank title" -> new Item(ItemType.RFP, " ", "s", 1, null, "wen");
			case "long title" -> new Item(ItemType.RFP, "x".repeat(301), "s", 1, null, "wen");
			case "no subject" -> new Item(ItemType.RFP, "T", "", 1, null, "wen");
			default -> new Item(ItemType.RFP, "T", "s", 0, null, "wen");
		};

		assertThat(item.check()).isEqualTo(Outcome.refused(field, reason));
	}

	@ParameterizedTest(name = "asked {0}, default {1} -> {2}")
	@CsvSource(nullValues = "none", textBlock = """
			none, 3, 3
			1,    3, 1
			0,    3, refused
			none, 0, refused
			""")
	void anItemHasAtLeastOneRound(Integer requested, int otherwise, String expected) {
		assertThat(Item.rounds(requested, otherwise)).isEqualTo("refused".equals(expected)
				? Outcome.refused("maxRounds", "must be 1 or more") : Outcome.accepted(Integer.valueOf(expected)));
	}

	@ParameterizedTest(name = "{0} with reason ''{1}'' -> {2}")
	@CsvSource(delimiter = '|', nullValues = "none", textBlock = """
			no-objection | none      | accepted | none
			objection    | ' '       | reason   | an objection needs its reason
			objection    | Too dear  | accepted | none
			conflict     | none      | reason   | say what the conflict of interest is
			maybe        | none      | response | choose no objection, objection or conflict of interest
			none         | none      | response | choose no objection, objection or conflict of interest
			""")
	void aReviewNeedsAResponseAndAReasonForAnythingButNoObjection(String response, String reason, String field,
			String message) {
		Outcome<Review> review = Review.of("ana", response, reason);

		if ("accepted".equals(field)) {
			assertThat(review.isAccepted()).as(String.valueOf(review)).isTrue();
		}
		else {
			assertThat(review).isEqualTo(Outcome.refused(field, message));
		}
	}

	@ParameterizedTest(name = "{0} / ''{1}'' -> {2}")
	@CsvSource(delimiter = '|', nullValues = "none", textBlock = """
			return | Widen the scope | accepted
			reject | Out of remit    | accepted
			defer  | Later           | chairDecision
			return | ' '             | comments
			none   | none            | chairDecision
			""")
	void theChairReturnsOrRejectsWithReasons(String decision, String comments, String expected) {
		Outcome<ChairRuling> ruling = ChairRuling.of(decision, comments);

		if ("accepted".equals(expected)) {
			assertThat(ruling.orElseThrow().comments()).isEqualTo(comments.strip());
		}
		else {
			assertThat(ruling.fold((ok) -> null, Refusal::field)).isEqualTo(expected);
		}
	}

	@Test
	void onlyAnItemUnderReviewIsReviewed() {
		assertThat(approval(Status.IN_REVIEW, "aisha").underReview().isAccepted()).isTrue();
		assertThat(approval(Status.IN_VOTE, "aisha").underReview())
			.isEqualTo(Outcome.refused("This item is not under review."));
	}

	@Test
	void onlyTheItemsChairDecidesAndOnlyWhenItWaitsForThem() {
		assertThat(approval(Status.AWAITING_CHAIR, "aisha").awaitingChair("aisha").isAccepted()).isTrue();
		assertThat(approval(Status.AWAITING_CHAIR, "aisha").awaitingChair("bao"))
			.isEqualTo(Outcome.refused("bao is not the chair of this item's EC (aisha)."));
		assertThat(approval(Status.IN_REVIEW, "aisha").awaitingChair("aisha"))
			.isEqualTo(Outcome.refused("This item is not waiting for the chair."));
		assertThat(approval(Status.AWAITING_CHAIR, null).awaitingChair("bao").isAccepted())
			.as("an item registered while the chair was empty is decided by whoever holds it now")
			.isTrue();
	}

	@Test
	void onlyTheSubmitterRevises() {
		assertThat(approval(Status.RETURNED, "aisha").revisableBy("wen").isAccepted()).isTrue();
		assertThat(approval(Status.RETURNED, "aisha").revisableBy("ana"))
			.isEqualTo(Outcome.refused("Only the submitter, wen, revises this item."));
	}

	static Approval approval(Status status, String chair) {
		Approval registered = Approval.registered(UUID.randomUUID(), ITEM.check().orElseThrow(), Instant.EPOCH,
				UUID.randomUUID(), chair, 3, null);
		return new Approval(registered.id(), registered.type(), registered.title(), registered.subject(),
				registered.version(), registered.workingGroup(), registered.submittedBy(), registered.submittedAt(),
				registered.rollId(), chair, 3, 1, status, null, null, null, null, null, null);
	}

}
