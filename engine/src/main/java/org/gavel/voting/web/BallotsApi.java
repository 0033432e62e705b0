package org.gavel.voting.web;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.responses.ApiResponses;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.gavel.membership.model.Role;
import org.gavel.system.Authorities;
import org.gavel.system.Dates;
import org.gavel.system.Outcome;
import org.gavel.system.web.JsonApi;
import org.gavel.system.web.Problems;
import org.gavel.voting.BallotView;
import org.gavel.voting.CastingVote;
import org.gavel.voting.CheckingReceipt;
import org.gavel.voting.EnteringInRoomTally;
import org.gavel.voting.GivingProxy;
import org.gavel.voting.OpeningBallot;
import org.gavel.voting.ReadingBallots;
import org.gavel.voting.WithdrawingProxy;
import org.gavel.voting.model.Answer;
import org.gavel.voting.model.Ballot;
import org.gavel.voting.model.BallotSummary;
import org.gavel.voting.model.Channel;
import org.gavel.voting.model.Choice;
import org.gavel.voting.model.Closing;
import org.gavel.voting.model.Counts;
import org.gavel.voting.model.InRoomTally;
import org.gavel.voting.model.VotingGroup;
import org.gavel.voting.persistence.Proxies;
import org.gavel.voting.process.BallotProcess;
import org.gavel.voting.process.BallotProcesses;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
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

	/**
	 * The header of a close that found the ballot counted already: a success, with when
	 * it was counted.
	 */
	static final String ALREADY_CLOSED = "Gavel-Already-Counted";

	private final BallotProcesses processes;

	private final CastingVote casting;

	private final ReadingBallots reading;

	private final CheckingReceipt receipts;

	private final GivingProxy proxies;

	private final WithdrawingProxy withdrawing;

	private final EnteringInRoomTally inRoom;

	private final Clock clock;

	BallotsApi(BallotProcesses processes, CastingVote casting, ReadingBallots reading, CheckingReceipt receipts,
			GivingProxy proxies, WithdrawingProxy withdrawing, EnteringInRoomTally inRoom, Clock clock) {
		this.processes = processes;
		this.casting = casting;
		this.reading = reading;
		this.receipts = receipts;
		this.proxies = proxies;
		this.withdrawing = withdrawing;
		this.inRoom = inRoom;
		this.clock = clock;
	}

	/**
	 * Opens a stand-alone ballot on an electoral roll taken before, freezing the rule
	 * set's version: online voting runs from opensAt to closesAt, optionally followed by
	 * a session in the room; or records a vote already held on paper (heldOnPaper, both
	 * times in the past), whose figures are then entered as room tallies. For the
	 * secretariat.
	 * @param request the ballot
	 * @param authentication who opens it
	 * @return the ballot as opened
	 */
	@ApiResponses({
			@ApiResponse(responseCode = "201", description = "Opened; Location names the ballot",
					content = @Content(schema = @Schema(implementation = BallotView.class))),
			@ApiResponse(responseCode = "400",
					description = "A field is wrong (errors[] names each): no such rule set or roll, a window that has passed, an unknown field; type urn:gavel:problem:invalid-fields") })
	@PostMapping
	ResponseEntity<?> open(@Valid @RequestBody OpenRequest request, Authentication authentication) {
		Outcome<ZoneId> zoned = Dates.zone("timeZone", request.timeZone());
		if (zoned instanceof Outcome.Refused<ZoneId> refused) {
			return Problems.refused(refused.refusal());
		}
		ZoneId zone = zoned.orElseThrow();
		Duration reminderBefore = null;
		if (request.reminderBefore() != null) {
			try {
				reminderBefore = Duration.parse(request.reminderBefore());
			}
			catch (DateTimeParseException ex) {
				return Problems.invalidField("reminderBefore",
						"'" + request.reminderBefore() + "' is not an ISO-8601 duration such as PT48H");
			}
		}
		return this.processes
			.open(new BallotProcess.Input(
					new OpeningBallot.OpenBallot(request.title(), request.ruleSet(), request.ruleSetVersion(),
							request.rollId(), request.opensAt(), request.closesAt(), zone,
							Boolean.TRUE.equals(request.inRoomSession()), Boolean.TRUE.equals(request.heldOnPaper()),
							authentication.getName(), request.question(), request.meetingId(), request.options()),
					reminderBefore, true))
			.<ResponseEntity<?>>fold((ballot) -> ResponseEntity.created(URI.create("/api/ballots/" + ballot.id()))
				.body(view(ballot.id(), authentication)), Problems::refused);
	}

	/**
	 * The ballots the caller may read, the newest first: every ballot for members, the
	 * EC, the secretariat and scrutineers; a complaints panel's vote only for its roll
	 * and the officers.
	 * @param authentication who asks
	 * @return the ballots
	 */
	@GetMapping
	List<BallotSummary> list(Authentication authentication) {
		return this.reading.all().stream().filter((summary) -> readable(summary.id(), authentication)).toList();
	}

	/**
	 * One ballot: its window, rule set, roll size, status, turnout for the officers, and
	 * once published the result per chamber with its explanation.
	 * @param id the ballot
	 * @param authentication who asks
	 * @return the ballot
	 */
	@ApiResponses({
			@ApiResponse(responseCode = "200", description = "The ballot",
					content = @Content(schema = @Schema(implementation = BallotView.class))),
			@ApiResponse(responseCode = "404",
					description = "No such ballot, or not one the caller may read; type urn:gavel:problem:no-such-ballot") })
	@GetMapping("/{id}")
	ResponseEntity<?> read(@PathVariable UUID id, Authentication authentication) {
		return this.reading.find(id)
			.filter((found) -> readable(found.ballot(), authentication))
			.<ResponseEntity<?>>map(
					(found) -> ResponseEntity.ok(BallotView.of(found, this.clock.instant(), officer(authentication))))
			.orElseGet(() -> noSuchBallot(id));
	}

	/** A complaints panel's vote is read by its roll and the officers only. */
	private boolean readable(Ballot ballot, Authentication authentication) {
		return officer(authentication) || ballot.elector(authentication.getName()).isPresent()
				|| !this.reading.closed(ballot);
	}

	private boolean readable(UUID id, Authentication authentication) {
		return this.reading.find(id).filter((found) -> readable(found.ballot(), authentication)).isPresent();
	}

	/**
	 * Casts the caller's vote (or, with onBehalfOf, the vote of a principal whose proxy
	 * the caller holds) and answers with the receipt to check it is in the box. With an
	 * Idempotency-Key, a retry answers 200 with the same receipt instead of voting twice.
	 * @param id the ballot
	 * @param request the choice
	 * @param idempotencyKey any string up to 100 characters naming this vote attempt
	 * @param authentication who votes
	 * @return the receipt
	 */
	@ApiResponses({
			@ApiResponse(responseCode = "201", description = "Accepted: the receipt",
					content = @Content(schema = @Schema(implementation = VoteReceipt.class))),
			@ApiResponse(responseCode = "200",
					description = "A retry with the same Idempotency-Key: the same receipt, replayed true"),
			@ApiResponse(responseCode = "400",
					description = "No such choice, or a field is wrong; type urn:gavel:problem:invalid-choice or urn:gavel:problem:invalid-fields"),
			@ApiResponse(responseCode = "403",
					description = "Not on the roll (urn:gavel:problem:not-on-roll), not the principal's proxy holder (urn:gavel:problem:not-proxy-holder), or the account is disabled (urn:gavel:problem:account-disabled)"),
			@ApiResponse(responseCode = "404", description = "No such ballot; type urn:gavel:problem:no-such-ballot"),
			@ApiResponse(responseCode = "409",
					description = "Voting is not open (urn:gavel:problem:not-open), the caller voted already and the rule set allows no change (urn:gavel:problem:already-voted), or the rule set allows no proxies (urn:gavel:problem:no-proxies)"),
			@ApiResponse(responseCode = "503",
					description = "The box was busy; send the same request again (urn:gavel:problem:retry)") })
	@PostMapping("/{id}/votes")
	ResponseEntity<?> vote(@PathVariable UUID id, @Valid @RequestBody VoteRequest request,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
			Authentication authentication) {
		if (tooLong(idempotencyKey)) {
			return Problems.invalidField("Idempotency-Key", "is longer than 100 characters");
		}
		Outcome<Answer> answer = answer((request.choice() != null) ? request.choice().name() : null, request.option());
		if (answer instanceof Outcome.Refused<Answer> refused) {
			return Problems.refused(refused.refusal());
		}
		return answer(this.casting.cast(new CastingVote.CastVote(id, authentication.getName(), answer.orElseThrow(),
				Channel.ONLINE, idempotencyKey, request.onBehalfOf())));
	}

	/**
	 * What a vote request says: a choice, or an option (with the choice left out or FOR).
	 */
	private static Outcome<Answer> answer(String choice, Integer option) {
		if (option == null) {
			return (choice != null) ? Outcome.accepted(Answer.of(Choice.valueOf(choice)))
					: Outcome.refused("choice", "is required: FOR, AGAINST or ABSTAIN, or an option");
		}
		if (choice != null && !Choice.FOR.name().equals(choice)) {
			return Outcome.refused("option", "is a vote for that option: leave choice out (it was " + choice + ")");
		}
		if (option < 1) {
			return Outcome.refused("option", "is numbered from 1");
		}
		return Outcome.accepted(Answer.option(option));
	}

	private static boolean tooLong(String idempotencyKey) {
		return idempotencyKey != null && idempotencyKey.length() > 100;
	}

	private static ResponseEntity<?> answer(CastingVote.Outcome outcome) {
		if (outcome instanceof CastingVote.Outcome.Accepted accepted) {
			return ResponseEntity.status(accepted.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
				.body(new VoteReceipt(accepted.receipt(), accepted.replayed()));
		}
		CastingVote.Outcome.Rejected rejected = (CastingVote.Outcome.Rejected) outcome;
		return problem(switch (rejected.refusal()) {
			case NO_SUCH_BALLOT -> HttpStatus.NOT_FOUND;
			case NOT_ON_ROLL, NOT_PROXY_HOLDER, ACCOUNT_DISABLED -> HttpStatus.FORBIDDEN;
			case NOT_OPEN, ALREADY_VOTED, NO_PROXIES, NO_PAPER_BALLOTS -> HttpStatus.CONFLICT;
			case INVALID_CHOICE -> HttpStatus.BAD_REQUEST;
			case RETRY -> HttpStatus.SERVICE_UNAVAILABLE;
		}, rejected.refusal(), rejected.reason());
	}

	/**
	 * Records a voter's paper ballot (a postal vote, say), spoilt ones included, in the
	 * voter's place on the roll, where the rule set takes paper ballots; it counts as the
	 * voter's vote, and the secretariat member who records it is recorded as casting it.
	 * For the secretariat.
	 * @param id the ballot
	 * @param request whose ballot, and what it says
	 * @param idempotencyKey any string up to 100 characters naming this entry
	 * @param authentication who records it
	 * @return the receipt
	 */
	@ApiResponses({
			@ApiResponse(responseCode = "201", description = "Recorded: the receipt",
					content = @Content(schema = @Schema(implementation = VoteReceipt.class))),
			@ApiResponse(responseCode = "200", description = "A retry with the same Idempotency-Key: the same receipt"),
			@ApiResponse(responseCode = "400", description = "A field is wrong; type urn:gavel:problem:invalid-fields"),
			@ApiResponse(responseCode = "403",
					description = "The voter is not on the roll; type urn:gavel:problem:not-on-roll"),
			@ApiResponse(responseCode = "404", description = "No such ballot; type urn:gavel:problem:no-such-ballot"),
			@ApiResponse(responseCode = "409",
					description = "The rule set takes no paper ballots (urn:gavel:problem:no-paper-ballots), voting is not open (urn:gavel:problem:not-open), or the voter has voted already (urn:gavel:problem:already-voted)") })
	@PostMapping("/{id}/paper-ballots")
	ResponseEntity<?> paperBallot(@PathVariable UUID id, @Valid @RequestBody PaperBallotRequest request,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
			Authentication authentication) {
		if (tooLong(idempotencyKey)) {
			return Problems.invalidField("Idempotency-Key", "is longer than 100 characters");
		}
		Outcome<Answer> answer = answer((request.choice() != null) ? request.choice().name() : null, request.option());
		if (answer instanceof Outcome.Refused<Answer> refused) {
			return Problems.refused(refused.refusal());
		}
		return answer(this.casting.cast(new CastingVote.CastVote(id, authentication.getName(), answer.orElseThrow(),
				Channel.PAPER, idempotencyKey, request.voter())));
	}

	/**
	 * The proxies of a ballot: all of them for the officers; for anyone else, the proxies
	 * they gave and hold.
	 * @param id the ballot
	 * @param authentication who asks
	 * @return the proxies, or the caller's standing
	 */
	@ApiResponses({ @ApiResponse(responseCode = "200", description = "The proxies"),
			@ApiResponse(responseCode = "404", description = "No such ballot; type urn:gavel:problem:no-such-ballot") })
	@GetMapping("/{id}/proxies")
	ResponseEntity<?> proxies(@PathVariable UUID id, Authentication authentication) {
		if (this.reading.find(id).isEmpty()) {
			return noSuchBallot(id);
		}
		if (officer(authentication)) {
			return ResponseEntity.ok(this.reading.proxies(id));
		}
		ReadingBallots.Standing standing = this.reading.standing(id, authentication.getName());
		return ResponseEntity.ok(standing);
	}

	/**
	 * Gives a proxy: the caller's vote (or, for the secretariat entering a paper form, a
	 * principal's) is cast by the holder, within the rule set's limits and before its
	 * deadline.
	 * @param id the ballot
	 * @param request whose vote, and who holds it
	 * @param authentication who gives it
	 * @return the proxy
	 */
	@ApiResponses({
			@ApiResponse(responseCode = "201", description = "Given",
					content = @Content(schema = @Schema(implementation = Proxies.Proxy.class))),
			@ApiResponse(responseCode = "400",
					description = "The principal or holder is not on the roll, or is the same person; type urn:gavel:problem:invalid-fields"),
			@ApiResponse(responseCode = "403",
					description = "Only the secretariat records a proxy for somebody else; type urn:gavel:problem:not-principal"),
			@ApiResponse(responseCode = "404", description = "No such ballot; type urn:gavel:problem:no-such-ballot"),
			@ApiResponse(responseCode = "409",
					description = "The rule set allows no proxies, the deadline passed, the holder holds as many as allowed, or the principal voted or gave one already; type urn:gavel:problem:<refusal>"),
			@ApiResponse(responseCode = "503", description = "Busy; send it again (urn:gavel:problem:retry)") })
	@PostMapping("/{id}/proxies")
	ResponseEntity<?> giveProxy(@PathVariable UUID id, @Valid @RequestBody ProxyRequest request,
			Authentication authentication) {
		String principal = (request.principal() != null) ? request.principal() : authentication.getName();
		if (!principal.equals(authentication.getName()) && !secretariat(authentication)) {
			return problem(HttpStatus.FORBIDDEN, "not-principal",
					"Only the secretariat records a proxy for somebody else.");
		}
		GivingProxy.Outcome outcome = this.proxies
			.give(new GivingProxy.GiveProxy(id, principal, request.holder(), authentication.getName()));
		if (outcome instanceof GivingProxy.Outcome.Given given) {
			return ResponseEntity.status(HttpStatus.CREATED).body(given.proxy());
		}
		return refused((GivingProxy.Outcome.Refused) outcome);
	}

	/**
	 * Withdraws a proxy before its deadline, by its principal or the secretariat.
	 * @param id the ballot
	 * @param principal whose proxy
	 * @param authentication who withdraws it
	 * @return the proxy as withdrawn
	 */
	@ApiResponses({ @ApiResponse(responseCode = "200", description = "Withdrawn"), @ApiResponse(responseCode = "403",
			description = "Only the principal or the secretariat withdraws it; type urn:gavel:problem:not-principal"),
			@ApiResponse(responseCode = "404",
					description = "No such ballot or proxy; type urn:gavel:problem:no-such-ballot or urn:gavel:problem:no-such-proxy"),
			@ApiResponse(responseCode = "409",
					description = "The deadline passed, or the holder voted with it already") })
	@DeleteMapping("/{id}/proxies/{principal}")
	ResponseEntity<?> withdrawProxy(@PathVariable UUID id, @PathVariable String principal,
			Authentication authentication) {
		if (!principal.equals(authentication.getName()) && !secretariat(authentication)) {
			return problem(HttpStatus.FORBIDDEN, "not-principal",
					"Only the principal or the secretariat withdraws a proxy.");
		}
		GivingProxy.Outcome outcome = this.withdrawing
			.withdraw(new WithdrawingProxy.WithdrawProxy(id, principal, authentication.getName()));
		if (outcome instanceof GivingProxy.Outcome.Withdrawn withdrawn) {
			return ResponseEntity.ok(withdrawn.proxy());
		}
		return refused((GivingProxy.Outcome.Refused) outcome);
	}

	private static ResponseEntity<?> refused(GivingProxy.Outcome.Refused refused) {
		if (refused.refusal() == GivingProxy.Refusal.NOT_ON_ROLL
				|| refused.refusal() == GivingProxy.Refusal.TO_ONESELF) {
			return Problems.invalidField(refused.field(), refused.reason());
		}
		return problem(switch (refused.refusal()) {
			case NO_SUCH_BALLOT, NO_SUCH_PROXY -> HttpStatus.NOT_FOUND;
			case RETRY -> HttpStatus.SERVICE_UNAVAILABLE;
			default -> HttpStatus.CONFLICT;
		}, refused.refusal(), refused.reason());
	}

	/**
	 * Enters the room's count for one voting group after the online window: for the whole
	 * roll (no chamber) where the rule set counts one member, one vote with no condition
	 * by chamber, else per chamber (and sub-chamber or member type where the rule set
	 * splits by them). Entering a group again replaces its tally (a new revision). For
	 * the secretariat.
	 * @param id the ballot
	 * @param request the group and its figures
	 * @param authentication who enters it
	 * @return the tally as stored
	 */
	@ApiResponses({
			@ApiResponse(responseCode = "201", description = "Entered",
					content = @Content(schema = @Schema(implementation = InRoomTally.class))),
			@ApiResponse(responseCode = "400",
					description = "A figure is negative or missing, or the group is not one this rule set counts the room in; type urn:gavel:problem:invalid-fields"),
			@ApiResponse(responseCode = "404", description = "No such ballot; type urn:gavel:problem:no-such-ballot"),
			@ApiResponse(responseCode = "409",
					description = "The ballot has no in-room session (urn:gavel:problem:no-session), its online window is still open (urn:gavel:problem:not-yet), or it is counted already (urn:gavel:problem:closed)"),
			@ApiResponse(responseCode = "422",
					description = "The figures account for more members than the group has on the roll; type urn:gavel:problem:too-many") })
	@PostMapping("/{id}/in-room-tallies")
	ResponseEntity<?> enterInRoomTally(@PathVariable UUID id, @Valid @RequestBody InRoomRequest request,
			Authentication authentication) {
		EnteringInRoomTally.Outcome outcome = this.inRoom.enter(new EnteringInRoomTally.EnterTally(id,
				(blankToNull(request.chamber()) == null) ? VotingGroup.WHOLE_ROLL
						: new VotingGroup(request.chamber(), blankToNull(request.subChamber()),
								blankToNull(request.memberType())),
				new Counts(request.inFavour(), request.against(), request.abstain(),
						(request.spoilt() != null) ? request.spoilt() : 0),
				request.presentNotVoting(), authentication.getName()));
		if (outcome instanceof EnteringInRoomTally.Outcome.Entered entered) {
			return ResponseEntity.status(HttpStatus.CREATED).body(entered.tally());
		}
		EnteringInRoomTally.Outcome.Refused refused = (EnteringInRoomTally.Outcome.Refused) outcome;
		if (refused.field() != null) {
			return Problems.invalidField(refused.field(), refused.reason());
		}
		return problem(switch (refused.refusal()) {
			case NO_SUCH_BALLOT -> HttpStatus.NOT_FOUND;
			case TOO_MANY -> HttpStatus.UNPROCESSABLE_ENTITY;
			default -> HttpStatus.CONFLICT;
		}, refused.refusal(), refused.reason());
	}

	/**
	 * Counts the ballot now that its online window has passed (ending its in-room
	 * session, if any). A ballot its timer or another caller counted already answers 200
	 * with the header Gavel-Already-Counted. For the secretariat.
	 * @param id the ballot
	 * @param authentication who closes it
	 * @return the ballot as counted
	 */
	@ApiResponses({
			@ApiResponse(responseCode = "200",
					description = "Counted, now or already (then with the header Gavel-Already-Counted)",
					content = @Content(schema = @Schema(implementation = BallotView.class))),
			@ApiResponse(responseCode = "404", description = "No such ballot; type urn:gavel:problem:no-such-ballot"),
			@ApiResponse(responseCode = "409",
					description = "Voting is still open; type urn:gavel:problem:not-countable") })
	@PostMapping("/{id}/close")
	ResponseEntity<?> close(@PathVariable UUID id, Authentication authentication) {
		if (this.reading.find(id).isEmpty()) {
			return noSuchBallot(id);
		}
		Optional<Closing> before = this.reading.closing(id);
		return this.processes.closeNow(id, authentication.getName()).fold((done) -> {
			ResponseEntity.BodyBuilder ok = ResponseEntity.ok();
			before.ifPresent((closed) -> ok.header(ALREADY_CLOSED,
					"counted already at " + closed.closedAt() + "; nothing changed"));
			return ok.body(view(id, authentication));
		}, (refused) -> problem(HttpStatus.CONFLICT, "not-countable", refused.reason()));
	}

	/**
	 * Signs a counted result off as one of the scrutineers; once the rule set's number of
	 * scrutineers has signed, the result is published.
	 * @param id the ballot
	 * @param request an optional remark
	 * @param authentication the scrutineer
	 * @return the ballot with its sign-offs
	 */
	@ApiResponses({
			@ApiResponse(responseCode = "200", description = "Signed off (and published once enough have signed)",
					content = @Content(schema = @Schema(implementation = BallotView.class))),
			@ApiResponse(responseCode = "404", description = "No such ballot; type urn:gavel:problem:no-such-ballot"),
			@ApiResponse(responseCode = "409",
					description = "Not counted yet, or signed off by this scrutineer already; type urn:gavel:problem:not-signable") })
	@PostMapping("/{id}/sign-off")
	ResponseEntity<?> signOff(@PathVariable UUID id, @Valid @RequestBody(required = false) SignOffRequest request,
			Authentication authentication) {
		if (this.reading.find(id).isEmpty()) {
			return noSuchBallot(id);
		}
		return this.processes.signOff(id, authentication.getName(), (request != null) ? request.remark() : null)
			.fold((signatures) -> ResponseEntity.ok(view(id, authentication)),
					(refused) -> problem(HttpStatus.CONFLICT, "not-signable", refused.reason()));
	}

	/**
	 * Checks, without signing in, that a receipt's vote is in the counted box: its
	 * position, the box's size and the hash chain's link.
	 * @param id the ballot
	 * @param receipt the receipt code
	 * @return where the vote is
	 */
	@ApiResponses({
			@ApiResponse(responseCode = "200", description = "The vote is in the box",
					content = @Content(schema = @Schema(implementation = CheckingReceipt.Answer.Included.class))),
			@ApiResponse(responseCode = "404",
					description = "No vote of this ballot has this receipt; type urn:gavel:problem:no-such-receipt") })
	@GetMapping("/{id}/receipts/{receipt}")
	ResponseEntity<?> receipt(@PathVariable UUID id, @PathVariable String receipt) {
		CheckingReceipt.Answer answer = this.receipts.check(id, receipt);
		if (answer instanceof CheckingReceipt.Answer.Included included) {
			return ResponseEntity.ok(included);
		}
		return problem(HttpStatus.NOT_FOUND, "no-such-receipt",
				"No vote of this ballot has the receipt " + receipt + ".");
	}

	private BallotView view(UUID id, Authentication authentication) {
		return BallotView.of(this.reading.find(id).orElseThrow(), this.clock.instant(), officer(authentication));
	}

	static boolean officer(Authentication authentication) {
		return Authorities.has(authentication, Role.SECRETARIAT.authority(), Role.SCRUTINEER.authority());
	}

	private static boolean secretariat(Authentication authentication) {
		return Authorities.has(authentication, Role.SECRETARIAT.authority());
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

	private static ResponseEntity<ProblemDetail> noSuchBallot(UUID id) {
		return problem(HttpStatus.NOT_FOUND, "no-such-ballot", "There is no ballot " + id + ".");
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, Enum<?> refusal, String detail) {
		return problem(status, refusal.name().toLowerCase(Locale.ROOT).replace('_', '-'), detail);
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String kind, String detail) {
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(Problems.typed(ProblemDetail.forStatusAndDetail(status, detail), kind));
	}

	/**
	 * Open a ballot.
	 *
	 * @param title what is voted on
	 * @param ruleSet the rule set's name
	 * @param ruleSetVersion its version; the latest when absent
	 * @param rollId the electoral roll
	 * @param opensAt ISO-8601 instant
	 * @param closesAt ISO-8601 instant, after opensAt: the end of the online window, in
	 * the future; in the past when held on paper
	 * @param timeZone the zone deadlines are shown in, e.g. Asia/Singapore
	 * @param inRoomSession whether an in-room session follows the online window
	 * @param heldOnPaper whether it records a vote already held on paper between opensAt
	 * and closesAt: the secretariat enters its figures as room tallies
	 * @param question the question or text voted on, shown on the ballot page
	 * @param reminderBefore how long before the close non-voters are reminded (ISO-8601,
	 * e.g. PT48H); the configured default when absent
	 * @param meetingId the meeting it is voted in (POST /api/meetings); required where
	 * the rule set counts quorum for the meeting, from its attendance register
	 * @param options for a ballot between options (a venue, one budget among several): 2
	 * to 20 of them, in the order voters see them, each voted for as {"option": n} with n
	 * from 1; left out for a motion, voted for, against or abstain. Voted online (and on
	 * paper ballots where the rule set takes them), with no room counts
	 */
	record OpenRequest(
			@NotBlank(message = "is required") @Size(max = 500, message = "is longer than 500 characters") String title,
			@NotBlank(message = "is required") String ruleSet, Integer ruleSetVersion,
			@NotNull(message = "is required") UUID rollId, @NotNull(message = "is required") Instant opensAt,
			@NotNull(message = "is required") Instant closesAt, @NotBlank(message = "is required") String timeZone,
			Boolean inRoomSession, Boolean heldOnPaper, String reminderBefore,
			@Size(max = 20000, message = "is longer than 20,000 characters") String question, UUID meetingId,
			@Size(max = OpeningBallot.MAX_OPTIONS, message = "has more than 20 options") List<String> options) {

	}

	/**
	 * A paper ballot.
	 *
	 * @param voter whose ballot it is: the voter as on the roll
	 * @param choice FOR, AGAINST, ABSTAIN or SPOILT; on a ballot between options ABSTAIN,
	 * SPOILT, or left out with option
	 * @param option on a ballot between options, the number of the option the paper
	 * ballot is for, from 1
	 */
	record PaperBallotRequest(
			@NotBlank(message = "is required") @Size(max = 255, message = "is longer than 255 characters") String voter,
			PaperChoice choice, Integer option) {

	}

	/** What a paper ballot may say. */
	enum PaperChoice {

		FOR, AGAINST, ABSTAIN, SPOILT

	}

	/** The choices a voter has. */
	enum VoteChoice {

		FOR, AGAINST, ABSTAIN

	}

	/**
	 * A vote.
	 *
	 * @param choice FOR, AGAINST or ABSTAIN on a motion; on a ballot between options,
	 * ABSTAIN, or left out with option
	 * @param onBehalfOf the principal whose proxy the caller holds; absent for one's own
	 * vote
	 * @param option on a ballot between options, the number of the option voted for, from
	 * 1 (choice left out, or FOR)
	 */
	record VoteRequest(VoteChoice choice, @Size(max = 255, message = "is longer than 255 characters") String onBehalfOf,
			Integer option) {

	}

	/**
	 * A proxy.
	 *
	 * @param principal whose vote it is; the caller when absent (only the secretariat
	 * names somebody else, from a paper form)
	 * @param holder who casts it
	 */
	record ProxyRequest(@Size(max = 255, message = "is longer than 255 characters") String principal,
			@NotBlank(message = "is required") @Size(max = 255,
					message = "is longer than 255 characters") String holder) {

	}

	/**
	 * An in-room tally for one voting group.
	 *
	 * @param chamber the chamber; left out where the rule set counts the room for the
	 * whole roll (one member, one vote with no condition by chamber)
	 * @param subChamber the sub-chamber, where the rule set splits by them
	 * @param memberType the member type, where the rule set splits by them
	 * @param inFavour ballots for
	 * @param against ballots against
	 * @param abstain abstentions
	 * @param presentNotVoting members present who cast no ballot
	 * @param spoilt spoilt ballots, 0 when left out
	 */
	record InRoomRequest(String chamber, String subChamber, String memberType,
			@NotNull(message = "is required") @PositiveOrZero(message = "cannot be negative") Integer inFavour,
			@NotNull(message = "is required") @PositiveOrZero(message = "cannot be negative") Integer against,
			@NotNull(message = "is required") @PositiveOrZero(message = "cannot be negative") Integer abstain,
			@NotNull(message = "is required") @PositiveOrZero(message = "cannot be negative") Integer presentNotVoting,
			@PositiveOrZero(message = "cannot be negative") Integer spoilt) {

	}

	/**
	 * A scrutineer's sign-off.
	 *
	 * @param remark what they note, optional
	 */
	record SignOffRequest(@Size(max = 2000, message = "is longer than 2000 characters") String remark) {

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
