package org.gavel.voting.web;

import java.net.URI;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.gavel.system.web.JsonApi;
import org.gavel.system.web.Problems;
import org.gavel.voting.CastingVote;
import org.gavel.voting.CheckingReceipt;
import org.gavel.voting.ClosingBallot;
import org.gavel.voting.OpeningBallot;
import org.gavel.voting.ReadingBallots;
import org.gavel.voting.model.Channel;
import org.gavel.voting.model.Choice;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * Ballots over JSON: the secretariat opens and closes them, voters on the roll vote, and
 * anyone with a receipt checks it.
 */
@JsonApi("/api/ballots")
class BallotsApi {

	private final OpeningBallot opening;

	private final CastingVote casting;

	private final ClosingBallot closing;

	private final ReadingBallots reading;

	private final CheckingReceipt receipts;

	BallotsApi(OpeningBallot opening, CastingVote casting, ClosingBallot closing, ReadingBallots reading,
			CheckingReceipt receipts) {
		this.opening = opening;
		this.casting = casting;
		this.closing = closing;
		this.reading = reading;
		this.receipts = receipts;
	}

	@PostMapping
	ResponseEntity<?> open(@Valid @RequestBody OpenRequest request, Authentication authentication) {
		ZoneId zone;
		try {
			zone = ZoneId.of(request.timeZone());
		}
		catch (DateTimeException ex) {
			return Problems.invalidField("timeZone",
					"'" + request.timeZone() + "' is not a time zone such as Asia/Singapore");
		}
		OpeningBallot.Outcome outcome = this.opening
			.open(new OpeningBallot.OpenBallot(request.title(), request.ruleSet(), request.ruleSetVersion(),
					request.rollId(), request.opensAt(), request.closesAt(), zone, authentication.getName()));
		if (outcome instanceof OpeningBallot.Outcome.Rejected rejected) {
			return Problems.invalidField(rejected.field(), rejected.reason());
		}
		UUID id = ((OpeningBallot.Outcome.Opened) outcome).ballot().id();
		return ResponseEntity.created(URI.create("/api/ballots/" + id))
			.body(BallotView.of(this.reading.find(id).orElseThrow()));
	}

	@GetMapping("/{id}")
	ResponseEntity<?> read(@PathVariable UUID id) {
		return this.reading.find(id)
			.<ResponseEntity<?>>map((found) -> ResponseEntity.ok(BallotView.of(found)))
			.orElseGet(() -> problem(HttpStatus.NOT_FOUND, "There is no ballot " + id + "."));
	}

	@PostMapping("/{id}/votes")
	ResponseEntity<?> vote(@PathVariable UUID id, @Valid @RequestBody VoteRequest request,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
			Authentication authentication) {
		CastingVote.Outcome outcome = this.casting.cast(new CastingVote.CastVote(id, authentication.getName(),
				Choice.valueOf(request.choice().name()), Channel.ONLINE, idempotencyKey));
		if (outcome instanceof CastingVote.Outcome.Accepted accepted) {
			return ResponseEntity.status(accepted.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
				.body(new VoteReceipt(accepted.receipt(), accepted.replayed()));
		}
		CastingVote.Outcome.Rejected rejected = (CastingVote.Outcome.Rejected) outcome;
		return problem(switch (rejected.refusal()) {
			case NO_SUCH_BALLOT -> HttpStatus.NOT_FOUND;
			case NOT_ON_ROLL -> HttpStatus.FORBIDDEN;
			case NOT_OPEN, ALREADY_VOTED -> HttpStatus.CONFLICT;
			case INVALID_CHOICE -> HttpStatus.BAD_REQUEST;
			case RETRY -> HttpStatus.SERVICE_UNAVAILABLE;
		}, rejected.reason());
	}

	@PostMapping("/{id}/close")
	ResponseEntity<?> close(@PathVariable UUID id) {
		ClosingBallot.Outcome outcome = this.closing.close(id);
		if (outcome instanceof ClosingBallot.Outcome.Refused refused) {
			return problem(this.reading.find(id).isPresent() ? HttpStatus.CONFLICT : HttpStatus.NOT_FOUND,
					refused.reason());
		}
		return ResponseEntity.ok(BallotView.of(this.reading.find(id).orElseThrow()));
	}

	@GetMapping("/{id}/receipts/{receipt}")
	ResponseEntity<?> receipt(@PathVariable UUID id, @PathVariable String receipt) {
		CheckingReceipt.Answer answer = this.receipts.check(id, receipt);
		if (answer instanceof CheckingReceipt.Answer.Included included) {
			return ResponseEntity.ok(included);
		}
		return problem(HttpStatus.NOT_FOUND, "No vote of this ballot has the receipt " + receipt + ".");
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(ProblemDetail.forStatusAndDetail(status, detail));
	}

	/**
	 * Open a ballot.
	 *
	 * @param title what is voted on
	 * @param ruleSet the rule set's name
	 * @param ruleSetVersion its version; the latest when absent
	 * @param rollId the electoral roll
	 * @param opensAt ISO-8601 instant
	 * @param closesAt ISO-8601 instant, after opensAt
	 * @param timeZone the zone deadlines are shown in, e.g. Asia/Singapore
	 */
	record OpenRequest(
			@NotBlank(message = "is required") @Size(max = 500, message = "is longer than 500 characters") String title,
			@NotBlank(message = "is required") String ruleSet, Integer ruleSetVersion,
			@NotNull(message = "is required") UUID rollId, @NotNull(message = "is required") Instant opensAt,
			@NotNull(message = "is required") Instant closesAt, @NotBlank(message = "is required") String timeZone) {

	}

	/** The choices a voter has. */
	enum VoteChoice {

		FOR, AGAINST, ABSTAIN

	}

	/**
	 * A vote.
	 *
	 * @param choice FOR, AGAINST or ABSTAIN
	 */
	record VoteRequest(@NotNull(message = "is required") VoteChoice choice) {

	}

	/**
	 * What a voter keeps.
	 *
	 * @param receipt the receipt code, to check the vote is in the box
	 * @param replayed true when this answers a retry of a vote already accepted
	 */
	record VoteReceipt(String receipt, boolean replayed) {

	}

}
