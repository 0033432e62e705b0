package org.gavel.voting.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.gavel.membership.MemberContexts;
import org.gavel.membership.model.Action;
import org.gavel.membership.model.Decision;
import org.gavel.membership.model.Role;
import org.gavel.system.Authorities;
import org.gavel.system.Dates;
import org.gavel.system.templates.Names;
import org.gavel.voting.BallotView;
import org.gavel.voting.CastingVote;
import org.gavel.voting.EnteringInRoomTally;
import org.gavel.voting.GivingProxy;
import org.gavel.voting.ReadingBallots;
import org.gavel.voting.RemindingVoters;
import org.gavel.voting.WithdrawingProxy;
import org.gavel.voting.model.Answer;
import org.gavel.voting.model.Ballot;
import org.gavel.voting.model.BallotOutcome;
import org.gavel.voting.model.BallotStatus;
import org.gavel.voting.model.BallotSummary;
import org.gavel.voting.model.Channel;
import org.gavel.voting.model.Choice;
import org.gavel.voting.model.Counts;
import org.gavel.voting.model.VotingGroup;
import org.gavel.voting.process.BallotProcesses;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The portal's voting pages: a member's ballots, casting a vote with a confirmation step,
 * the receipt, and the result with its per-chamber table and chart; the secretariat's
 * in-room tallies and close, the scrutineers' sign-off.
 */
@Controller
class BallotPages {

	private final ReadingBallots reading;

	private final CastingVote casting;

	private final EnteringInRoomTally inRoom;

	private final GivingProxy proxies;

	private final WithdrawingProxy withdrawing;

	private final BallotProcesses processes;

	private final RemindingVoters reminding;

	private final Clock clock;

	private final Names names;

	private final MemberContexts contexts;

	BallotPages(ReadingBallots reading, CastingVote casting, EnteringInRoomTally inRoom, GivingProxy proxies,
			WithdrawingProxy withdrawing, BallotProcesses processes, RemindingVoters reminding, Clock clock,
			MemberContexts contexts, Names names) {
		this.contexts = contexts;
		this.names = names;
		this.reminding = reminding;
		this.reading = reading;
		this.casting = casting;
		this.inRoom = inRoom;
		this.proxies = proxies;
		this.withdrawing = withdrawing;
		this.processes = processes;
		this.clock = clock;
	}

	@GetMapping("/ballots")
	String list(Authentication authentication, Model model) {
		Instant now = this.clock.instant();
		boolean officer = BallotsApi.officer(authentication);
		boolean member = Authorities.has(authentication, Role.MEMBER.authority(), Role.EC_MEMBER.authority());
		List<Row> open = new ArrayList<>();
		List<Row> others = new ArrayList<>();
		for (BallotSummary summary : this.reading.all()) {
			ReadingBallots.Found found = this.reading.find(summary.id()).orElseThrow();
			boolean onRoll = found.ballot().elector(authentication.getName()).isPresent();
			ReadingBallots.Standing standing = this.reading.standing(summary.id(), authentication.getName());
			boolean holder = !standing.holdsProxiesOf().isEmpty();
			// a member not on the roll reads a published result of the body's ballots
			boolean reader = member && found.published() && !this.reading.closed(found.ballot());
			if (!(onRoll || holder || officer || reader)) {
				continue;
			}
			BallotStatus status = BallotView.status(found, now);
			Row row = new Row(summary.id().toString(), summary.title(), status, closes(found.ballot())
					+ ((status == BallotStatus.OPEN) ? ", " + Dates.relative(found.ballot().closesAt(), now) : ""),
					(found.closed() != null) ? found.closed().outcome() : null, onRoll && standing.votedBy() != null,
					onRoll ? standing.receipt() : null);
			((status == BallotStatus.OPEN) ? open : others).add(row);
		}
		model.addAttribute("open", open);
		model.addAttribute("others", others);
		model.addAttribute("desk", Authorities.has(authentication, Role.SECRETARIAT.authority()));
		return "ballots";
	}

	@GetMapping("/ballots/{id}")
	String show(@PathVariable UUID id, Authentication authentication, Model model) {
		return page(found(id), authentication, model, null, null);
	}

	@PostMapping("/ballots/{id}/confirm")
	String confirm(@PathVariable UUID id, @RequestParam(defaultValue = "") String choice,
			@RequestParam(defaultValue = "") String onBehalfOf, Authentication authentication, Model model) {
		ReadingBallots.Found found = found(id);
		Answer chosen = answer(found.ballot(), choice, false);
		if (chosen == null) {
			return page(found, authentication, model, choose(found.ballot()), null);
		}
		model.addAttribute("ballot", found.ballot());
		model.addAttribute("choice", chosen.value());
		model.addAttribute("choiceText", text(found.ballot(), chosen));
		model.addAttribute("onBehalfOf", onBehalfOf.strip());
		model.addAttribute("submission", UUID.randomUUID().toString());
		model.addAttribute("changeAllowed", found.ballot().voteChangeAllowed());
		model.addAttribute("closes", closes(found.ballot()));
		return "ballot-confirm";
	}

	@PostMapping("/ballots/{id}/vote")
	String vote(@PathVariable UUID id, @RequestParam(defaultValue = "") String choice,
			@RequestParam(defaultValue = "") String onBehalfOf, @RequestParam(defaultValue = "") String submission,
			Authentication authentication, Model model, RedirectAttributes redirect) {
		ReadingBallots.Found found = found(id);
		Answer chosen = answer(found.ballot(), choice, false);
		if (chosen == null) {
			return page(found, authentication, model, choose(found.ballot()), null);
		}
		CastingVote.Outcome outcome = this.casting.cast(new CastingVote.CastVote(id, authentication.getName(), chosen,
				Channel.ONLINE, submission.isBlank() ? null : submission.strip(),
				onBehalfOf.isBlank() ? null : onBehalfOf.strip()));
		if (outcome instanceof CastingVote.Outcome.Rejected rejected) {
			return page(found, authentication, model, rejected.reason(), null);
		}
		redirect.addFlashAttribute("receipt", ((CastingVote.Outcome.Accepted) outcome).receipt());
		redirect.addFlashAttribute("choiceText", text(found.ballot(), chosen));
		redirect.addFlashAttribute("onBehalfOf", onBehalfOf.strip());
		return "redirect:/ballots/" + id + "/voted";
	}

	/**
	 * The receipt of the vote just cast, shown once after the redirect; reloaded, or
	 * reached by Back, it gives the ballot page, which shows the receipt again where the
	 * ballot keeps it (not in a secret ballot).
	 */
	@GetMapping("/ballots/{id}/voted")
	String voted(@PathVariable UUID id, Model model) {
		ReadingBallots.Found found = found(id);
		if (!model.containsAttribute("receipt")) {
			return "redirect:/ballots/" + id;
		}
		model.addAttribute("ballot", found.ballot());
		model.addAttribute("receiptFile", receiptFile(found.ballot(), (String) model.getAttribute("receipt")));
		return "ballot-receipt";
	}

	@PostMapping("/ballots/{id}/paper-ballot")
	String paperBallot(@PathVariable UUID id, @RequestParam(defaultValue = "") String voter,
			@RequestParam(defaultValue = "") String choice, @RequestParam(defaultValue = "") String submission,
			Authentication authentication, Model model, RedirectAttributes redirect) {
		ReadingBallots.Found found = found(id);
		Answer chosen = answer(found.ballot(), choice, true);
		if (chosen == null || voter.isBlank()) {
			model.addAttribute("paperError", "Choose whose paper ballot it is and what it says.");
			return page(found, authentication, model, null, null);
		}
		CastingVote.Outcome outcome = this.casting.cast(new CastingVote.CastVote(id, authentication.getName(), chosen,
				Channel.PAPER, submission.isBlank() ? null : submission.strip(), voter.strip()));
		if (outcome instanceof CastingVote.Outcome.Rejected rejected) {
			model.addAttribute("paperError", rejected.reason());
			return page(found, authentication, model, null, null);
		}
		redirect.addFlashAttribute("notice",
				"The paper ballot of " + this.names.person(voter.strip()) + " is recorded ("
						+ chosen.text(found.ballot().options()) + "); its receipt is "
						+ ((CastingVote.Outcome.Accepted) outcome).receipt() + ".");
		return "redirect:/ballots/" + id + "#paper-ballots";
	}

	@PostMapping("/ballots/{id}/proxy")
	String giveProxy(@PathVariable UUID id, @RequestParam(defaultValue = "") String holder,
			Authentication authentication, Model model, RedirectAttributes redirect) {
		ReadingBallots.Found found = found(id);
		GivingProxy.Outcome outcome = this.proxies
			.give(new GivingProxy.GiveProxy(id, authentication.getName(), holder.strip(), authentication.getName()));
		if (outcome instanceof GivingProxy.Outcome.Refused refused) {
			model.addAttribute("proxyError", refused.reason());
			return page(found, authentication, model, null, null);
		}
		redirect.addFlashAttribute("notice", "Your proxy is given; the ballot's page shows to whom.");
		return "redirect:/ballots/" + id;
	}

	@PostMapping("/ballots/{id}/proxy/withdraw")
	String withdrawProxy(@PathVariable UUID id, Authentication authentication, Model model,
			RedirectAttributes redirect) {
		ReadingBallots.Found found = found(id);
		GivingProxy.Outcome outcome = this.withdrawing
			.withdraw(new WithdrawingProxy.WithdrawProxy(id, authentication.getName(), authentication.getName()));
		if (outcome instanceof GivingProxy.Outcome.Refused refused) {
			model.addAttribute("proxyError", refused.reason());
			return page(found, authentication, model, null, null);
		}
		redirect.addFlashAttribute("notice", "Your proxy is withdrawn: the vote is yours to cast again.");
		return "redirect:/ballots/" + id;
	}

	@PostMapping("/ballots/{id}/in-room")
	String enterInRoom(@PathVariable UUID id, @RequestParam(defaultValue = "") String group,
			@RequestParam(defaultValue = "") String inFavour, @RequestParam(defaultValue = "") String against,
			@RequestParam(defaultValue = "") String abstain, @RequestParam(defaultValue = "0") String spoilt,
			@RequestParam(defaultValue = "") String presentNotVoting, Authentication authentication, Model model,
			RedirectAttributes redirect) {
		ReadingBallots.Found found = found(id);
		String[] given = { inFavour, against, abstain, spoilt, presentNotVoting };
		int[] figures = new int[given.length];
		for (int i = 0; i < given.length; i++) {
			try {
				figures[i] = Integer.parseInt(given[i].strip());
			}
			catch (NumberFormatException ex) {
				figures[i] = -1;
			}
			if (figures[i] < 0) {
				return page(found, authentication, model, null,
						"Each figure must be a whole number, zero or more; nothing was entered.");
			}
		}
		String[] parts = (group + "||").split("\\|", -1);
		VotingGroup chosen = new VotingGroup(parts[0].strip(), parts[1].isBlank() ? null : parts[1].strip(),
				parts[2].isBlank() ? null : parts[2].strip());
		EnteringInRoomTally.Outcome outcome = this.inRoom.enter(new EnteringInRoomTally.EnterTally(id, chosen,
				new Counts(figures[0], figures[1], figures[2], figures[3]), figures[4], authentication.getName()));
		if (outcome instanceof EnteringInRoomTally.Outcome.Refused refused) {
			return page(found, authentication, model, null, refused.reason());
		}
		redirect.addFlashAttribute("notice", "The in-room figures are entered; the tally below includes them.");
		return "redirect:/ballots/" + id;
	}

	@PostMapping("/ballots/{id}/remind")
	String remind(@PathVariable UUID id, @RequestParam(defaultValue = "") String confirmed,
			Authentication authentication, Model model, RedirectAttributes redirect) {
		ReadingBallots.Found found = found(id);
		if (!"true".equals(confirmed)) {
			return page(found, authentication, model, null,
					"No reminder was sent: tick the box to confirm that every voter who has not voted gets a mail.");
		}
		return this.reminding.remindNow(id).fold((reminded) -> {
			redirect.addFlashAttribute("notice",
					(reminded == 1) ? "1 member who has not voted is reminded by mail." : reminded
							+ " members who have not voted are reminded by mail (each at most once a day from here).");
			return "redirect:/ballots/" + id;
		}, (refused) -> page(found, authentication, model, null, refused.reason()));
	}

	@PostMapping("/ballots/{id}/close")
	String close(@PathVariable UUID id, @RequestParam(defaultValue = "") String confirmed,
			Authentication authentication, Model model, RedirectAttributes redirect) {
		ReadingBallots.Found found = found(id);
		if (!"true".equals(confirmed)) {
			return page(found, authentication, model, null,
					"The ballot is not counted: tick the box to confirm that it closes for good.");
		}
		return this.processes.closeNow(id, authentication.getName()).fold((done) -> {
			if (found.closed() != null) {
				redirect.addFlashAttribute("notice", "The ballot was counted already, at "
						+ Dates.at(found.closed().closedAt(), found.ballot().zone()) + "; nothing changed.");
			}
			else {
				redirect.addFlashAttribute("notice",
						"The ballot is closed for good and counted; the scrutineers are asked to sign the result off.");
			}
			return "redirect:/ballots/" + id;
		}, (refused) -> page(found, authentication, model, null, refused.reason()));
	}

	@PostMapping("/ballots/{id}/sign-off")
	String signOff(@PathVariable UUID id, @RequestParam(defaultValue = "") String remark, Authentication authentication,
			Model model, RedirectAttributes redirect) {
		ReadingBallots.Found found = found(id);
		if (remark.length() > 2000) {
			return page(found, authentication, model, null, "The remark is longer than 2000 characters.");
		}
		return this.processes.signOff(id, authentication.getName(), remark.isBlank() ? null : remark.strip())
			.fold((signatures) -> {
				redirect.addFlashAttribute("notice", "Your sign-off is recorded; " + signatures
						+ ((signatures == 1) ? " scrutineer has" : " scrutineers have") + " signed so far.");
				return "redirect:/ballots/" + id;
			}, (refused) -> page(found, authentication, model, null, refused.reason()));
	}

	private String page(ReadingBallots.Found found, Authentication authentication, Model model, String voteError,
			String officerError) {
		Ballot ballot = found.ballot();
		Instant now = this.clock.instant();
		String me = authentication.getName();
		boolean officer = BallotsApi.officer(authentication);
		if (ballot.elector(me).isEmpty() && !officer && (this.reading.closed(ballot)
				|| !Authorities.has(authentication, Role.MEMBER.authority(), Role.EC_MEMBER.authority()))) {
			// a complaints panel's vote is read by its roll and the officers only; a
			// panel
			// member who is no member reads no other ballot
			throw new AccessDeniedException("Only the voters on its roll and the ballot officers read this ballot.");
		}
		ReadingBallots.Standing standing = this.reading.standing(ballot.id(), me);
		BallotStatus status = BallotView.status(found, now);
		model.addAttribute("ballot", ballot);
		model.addAttribute("answers", answers(ballot, false));
		model.addAttribute("paperAnswers", answers(ballot, true));
		model.addAttribute("status", status);
		model.addAttribute("opens", Dates.at(ballot.opensAt(), ballot.zone()));
		model.addAttribute("closes", closes(ballot));
		model.addAttribute("closesIn", (status == BallotStatus.OPEN) ? Dates.relative(ballot.closesAt(), now) : null);
		model.addAttribute("viewerId", me);
		boolean proxiesOpen = ballot.proxyWindowAt(now) == Ballot.ProxyWindow.OPEN;
		model.addAttribute("proxyDeadline", proxiesOpen ? Dates.deadline(ballot.proxyDeadline(), ballot.zone()) : null);
		model.addAttribute("proxyCandidates",
				ballot.roll().keySet().stream().filter((voter) -> !voter.equals(me)).sorted().toList());
		if (!model.containsAttribute("proxyError")) {
			model.addAttribute("proxyError", null);
		}
		model.addAttribute("onRoll", ballot.elector(me).isPresent());
		model.addAttribute("notOnRoll", ballot.elector(me).isEmpty() ? notOnRoll(ballot, authentication) : null);
		model.addAttribute("standing", standing);
		model.addAttribute("receiptFile",
				(standing.receipt() != null) ? receiptFile(ballot, standing.receipt()) : null);
		model.addAttribute("canVote", status == BallotStatus.OPEN);
		model.addAttribute("voteError", voteError);
		model.addAttribute("officerError", officerError);
		model.addAttribute("secretariat", Authorities.has(authentication, Role.SECRETARIAT.authority()));
		model.addAttribute("scrutineer", Authorities.has(authentication, Role.SCRUTINEER.authority()));
		model.addAttribute("groups", ballot.rules().countsRoomWhole() ? List.of(GroupOption
			.of(VotingGroup.WHOLE_ROLL)) : ballot.roll()
				.values()
				.stream()
				.map((elector) -> ballot.rules().groupOf(elector.chamber(), elector.subChamber(), elector.memberType()))
				.distinct()
				.map(GroupOption::of)
				.sorted(Comparator.comparing(GroupOption::label))
				.toList());
		model.addAttribute("inRoomTallies", ballot.inRoomSession() ? this.reading.inRoom(ballot.id()) : List.of());
		// who has voted is read for the officers' controls only, never on a voter's page
		Set<String> voted = (officer && found.closed() == null) ? this.reading.voters(ballot.id()) : Set.of();
		model.addAttribute("turnout", (officer && found.closed() == null) ? Turnout.of(ballot, voted) : null);
		model.addAttribute("earlyClose", officer && found.closed() == null && ballot.closesEarlyAt(now, voted.size()));
		model.addAttribute("paperBallots", officer && ballot.rules().mechanics().paperBallots() && ballot.isOpenAt(now)
				? ballot.roll().keySet().stream().filter((elector) -> !voted.contains(elector)).sorted().toList()
				: List.of());
		model.addAttribute("paperSubmission", UUID.randomUUID().toString());
		boolean showResult = found.closed() != null && (found.published() || officer);
		model.addAttribute("result", showResult ? BallotView.of(found, now, true).result() : null);
		model.addAttribute("chart", showResult ? ResultChart.of(found.result(), this.names::chamber) : null);
		model.addAttribute("signOffs", found.signOffs());
		return "ballot";
	}

	/**
	 * A receipt as a file the voter keeps: a {@code data:} link, so that the receipt of a
	 * secret ballot, which Gavel does not keep with the voter's name, is downloaded from
	 * the page that shows it.
	 */
	private static String receiptFile(Ballot ballot, String receipt) {
		String check = ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/ballots/{id}/receipt")
			.queryParam("code", receipt)
			.buildAndExpand(ballot.id())
			.toUriString();
		String text = "Gavel vote receipt\n\nBallot: " + ballot.title() + "\nReceipt: " + receipt + "\nCheck it at: "
				+ check + "\n\nThe receipt proves that your vote is in the ballot box; it never reveals your choice.\n";
		return "data:text/plain;charset=utf-8," + URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

	/**
	 * Why the viewer has no vote in a ballot: its roll was frozen when it opened, and,
	 * where it holds, why they would have none today either.
	 */
	private String notOnRoll(Ballot ballot, Authentication authentication) {
		String frozen = "You are not on this ballot's roll, which was frozen when it opened ("
				+ Dates.at(ballot.opensAt(), ballot.zone()) + ").";
		if (this.contexts.of(authentication).may(Action.VOTE_IN_GENERAL_ASSEMBLY) instanceof Decision.Refused refused) {
			return frozen + " " + refused.reason();
		}
		return frozen
				+ " Your organisation's vote is cast by whoever was its designated voter then, or by their proxy.";
	}

	private ReadingBallots.Found found(UUID id) {
		return this.reading.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static String closes(Ballot ballot) {
		return Dates.at(ballot.closesAt(), ballot.zone());
	}

	/**
	 * What a form's choice says, where the ballot offers it: one of
	 * {@link #answers(Ballot, boolean)}.
	 */
	private static Answer answer(Ballot ballot, String value, boolean paper) {
		return answers(ballot, paper).stream()
			.filter((offered) -> offered.value().equals(value))
			.findFirst()
			.flatMap((offered) -> Answer.parse(offered.value()))
			.orElse(null);
	}

	private static String choose(Ballot ballot) {
		return ballot.betweenOptions() ? "Choose one of the options, or abstain." : "Choose for, against or abstain.";
	}

	/**
	 * The answers a ballot paper offers, as the form sends them: for, against and abstain
	 * on a motion, each option and abstain on a ballot between options, and spoilt on a
	 * paper ballot the secretariat records.
	 * @param ballot the ballot
	 * @param paper whether it is a paper ballot
	 * @return the answers, in order
	 */
	static List<GroupOption> answers(Ballot ballot, boolean paper) {
		List<Answer> answers = new ArrayList<>();
		if (ballot.betweenOptions()) {
			for (int number = 1; number <= ballot.options().size(); number++) {
				answers.add(Answer.option(number));
			}
		}
		else {
			answers.add(Answer.of(Choice.FOR));
			answers.add(Answer.of(Choice.AGAINST));
		}
		answers.add(Answer.of(Choice.ABSTAIN));
		if (paper) {
			answers.add(Answer.of(Choice.SPOILT));
		}
		return answers.stream().map((answer) -> new GroupOption(answer.value(), text(ballot, answer))).toList();
	}

	private static String text(Ballot ballot, Answer answer) {
		return (answer.option() != null)
				? "Option " + answer.option() + ": " + ballot.options().get(answer.option() - 1)
				: StringUtils.capitalize(answer.text(ballot.options()));
	}

	/**
	 * A voting group in the in-room form.
	 *
	 * @param value what the form sends: chamber, sub-chamber and member type joined by
	 * {@code |}
	 * @param label what people read
	 */
	public record GroupOption(String value, String label) {

		static GroupOption of(VotingGroup group) {
			if (group.wholeRoll()) {
				return new GroupOption(group.chamber() + "||", "The whole roll (this rule set counts the room as one)");
			}
			String sub = (group.subChamber() != null) ? group.subChamber() : "";
			String type = (group.memberType() != null) ? group.memberType() : "";
			return new GroupOption(group.chamber() + "|" + sub + "|" + type,
					group.chamber() + (sub.isEmpty() ? "" : " / " + sub) + (type.isEmpty() ? "" : " / " + type));
		}

	}

	/**
	 * A ballot in a list.
	 *
	 * @param id identifier
	 * @param title what is voted on
	 * @param status its state
	 * @param closes when it closes, for people
	 * @param outcome the outcome once counted
	 * @param voted whether the viewer has a counted vote
	 * @param receipt its receipt, where the ballot keeps it (not in a secret ballot)
	 */
	public record Row(String id, String title, BallotStatus status, String closes, BallotOutcome outcome, boolean voted,
			String receipt) {

	}

}
