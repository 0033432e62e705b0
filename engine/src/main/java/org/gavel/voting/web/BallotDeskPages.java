package org.gavel.voting.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.gavel.forms.FormDefinition;
import org.gavel.forms.FormDefinitions;
import org.gavel.forms.FormField;
import org.gavel.forms.Submission;
import org.gavel.membership.Electorates;
import org.gavel.membership.ReadingElectoralRolls;
import org.gavel.membership.TakingElectoralRoll;
import org.gavel.membership.model.ElectoralRoll;
import org.gavel.membership.model.Electorate;
import org.gavel.system.Dates;
import org.gavel.system.Outcome;
import org.gavel.system.Refusal;
import org.gavel.system.RefusalsRollBack;
import org.gavel.voting.HoldingMeetings;
import org.gavel.voting.OpeningBallot;
import org.gavel.voting.RuleSets;
import org.gavel.voting.model.Ballot;
import org.gavel.voting.model.RuleSet;
import org.gavel.voting.process.BallotProcess;
import org.gavel.voting.process.BallotProcesses;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The secretariat's ballot desk: a stand-alone ballot created in the portal (form
 * {@code ballot}) with its question, a rule set chosen from the catalogue with what each
 * does, a roll already taken or a new one, and its window in a time zone; or the result
 * of a vote already held on paper. Refusals re-show the form with each by its field;
 * nothing is stored until all is right.
 */
@Controller
class BallotDeskPages {

	/** The choice of a roll taken when the ballot is created. */
	static final String NEW_ROLL = "new:";

	private final FormDefinitions forms;

	private final RuleSets ruleSets;

	private final ReadingElectoralRolls rolls;

	private final TakingElectoralRoll taking;

	private final BallotProcesses processes;

	private final TransactionTemplate transactions;

	private final Electorates electorates;

	private final HoldingMeetings meetings;

	BallotDeskPages(FormDefinitions forms, RuleSets ruleSets, ReadingElectoralRolls rolls, TakingElectoralRoll taking,
			BallotProcesses processes, TransactionTemplate transactions, Electorates electorates,
			HoldingMeetings meetings) {
		this.electorates = electorates;
		this.meetings = meetings;
		this.transactions = transactions;
		this.forms = forms;
		this.ruleSets = ruleSets;
		this.rolls = rolls;
		this.taking = taking;
		this.processes = processes;
	}

	@GetMapping("/ballots/new")
	String form(Model model) {
		return page(model, Submission.showing(form(), Map.of()), null);
	}

	@PostMapping("/ballots")
	String create(@RequestParam Map<String, String> input, Authentication user, Model model,
			RedirectAttributes redirect) {
		Submission submission = form().check(input);
		if (!submission.valid()) {
			return page(model, submission, null);
		}
		Map<String, Object> values = submission.values();
		Outcome<ZoneId> zoned = Dates.zone("zone", (String) values.get("zone"));
		if (zoned instanceof Outcome.Refused<ZoneId> refused) {
			return refused(model, submission, refused.refusal());
		}
		ZoneId zone = zoned.orElseThrow();
		Instant opensAt;
		Instant closesAt;
		try {
			opensAt = LocalDateTime.parse((String) values.get("opensAt")).atZone(zone).toInstant();
		}
		catch (DateTimeException ex) {
			return refused(model, submission, Refusal.of("opensAt", "'" + values.get("opensAt") + "' is no such date"));
		}
		try {
			closesAt = LocalDateTime.parse((String) values.get("closesAt")).atZone(zone).toInstant();
		}
		catch (DateTimeException ex) {
			return refused(model, submission,
					Refusal.of("closesAt", "'" + values.get("closesAt") + "' is no such date"));
		}
		boolean paper = Boolean.TRUE.equals(values.get("heldOnPaper"));
		String roll = (String) values.get("roll");
		String opening = Dates.at(opensAt, zone);
		// a roll taken for a ballot that is refused is rolled back with it
		Outcome<Ballot> opened = RefusalsRollBack.in(this.transactions,
				() -> this.processes.open(new BallotProcess.Input(
						new OpeningBallot.OpenBallot((String) values.get("title"), (String) values.get("ruleSet"), null,
								roll.startsWith(NEW_ROLL) ? take(roll, user.getName()) : UUID.fromString(roll), opensAt,
								closesAt, zone, Boolean.TRUE.equals(values.get("inRoomSession")), paper, user.getName(),
								(String) values.get("question"), meeting((String) values.get("meeting")),
								options((String) values.get("options"))),
						null, !paper)));
		return opened.fold((ballot) -> {
			redirect.addFlashAttribute("notice", "The ballot is set up; " + (paper
					? "its figures are entered here once the paper vote is held." : "voting opens " + opening + "."));
			return "redirect:/ballots/" + ballot.id();
		}, (refused) -> refused(model, submission, refused));
	}

	/** The options as typed, one a line, empty lines left out. */
	static List<String> options(String typed) {
		return (typed == null) ? List.of()
				: typed.lines().map(String::strip).filter((line) -> !line.isEmpty()).toList();
	}

	private static UUID meeting(String chosen) {
		return (chosen == null || chosen.isBlank()) ? null : UUID.fromString(chosen);
	}

	private String refused(Model model, Submission submission, Refusal refusal) {
		return page(model, submission.withRefusal(refusal).orElse(submission),
				refusal.fields().isEmpty() ? refusal.reason() : null);
	}

	private UUID take(String choice, String by) {
		Electorates.Chosen electorate = this.electorates.resolve(choice.substring(NEW_ROLL.length())).orElseThrow();
		return this.taking.take(TakingElectoralRoll.TakeElectoralRoll.of(electorate, null, by))
			.orElseThrow()
			.roll()
			.id();
	}

	private String page(Model model, Submission submission, String error) {
		model.addAttribute("submission", submission);
		model.addAttribute("error", error);
		model.addAttribute("ruleSets", catalogue());
		return "ballot-form";
	}

	private FormDefinition form() {
		List<FormField.Option> rules = catalogue().stream()
			.map((entry) -> new FormField.Option(entry.rules().name(),
					entry.rules().title() + " (" + entry.rules().name() + " v" + entry.rules().version() + ")"))
			.toList();
		List<FormField.Option> rolls = new ArrayList<>();
		rolls.add(new FormField.Option(NEW_ROLL + Electorate.GENERAL_ASSEMBLY.name(),
				"A new roll of the General Assembly, taken now"));
		rolls.add(new FormField.Option(NEW_ROLL + Electorate.EXECUTIVE_COMMITTEE.name(),
				"A new roll of the Executive Committee's seats, taken now"));
		this.electorates.configured()
			.forEach((configured) -> rolls.add(new FormField.Option(NEW_ROLL + configured.id(),
					"A new roll of " + configured.title() + ", taken now")));
		this.rolls.list()
			.stream()
			.filter((roll) -> roll.electorate().drawn())
			.sorted(Comparator.comparing(ElectoralRoll::takenAt).reversed())
			.limit(20)
			.forEach((roll) -> rolls
				.add(new FormField.Option(roll.id().toString(), this.electorates.title(roll) + " roll of "
						+ Dates.at(roll.takenAt(), ZoneId.of("UTC")) + ", " + roll.entries().size() + " voters")));
		List<FormField.Option> meetings = new ArrayList<>();
		meetings.add(new FormField.Option("", "No meeting"));
		this.meetings.all()
			.forEach((meeting) -> meetings.add(new FormField.Option(meeting.id().toString(),
					meeting.title() + ", " + Dates.at(meeting.heldAt(), meeting.zone()))));
		return this.forms.get("ballot")
			.withOptions("ruleSet", rules)
			.withOptions("roll", rolls)
			.withOptions("meeting", meetings);
	}

	/** The latest version of each rule set, with what it does. */
	private List<Described> catalogue() {
		return this.ruleSets.all()
			.stream()
			.filter((rules) -> this.ruleSets.latest(rules.name()).orElseThrow().version() == rules.version())
			.sorted(Comparator.comparing(RuleSet::title))
			.map((rules) -> new Described(rules, this.ruleSets.description(rules)))
			.toList();
	}

	/**
	 * A rule set with what its file says it does.
	 *
	 * @param rules the rule set
	 * @param description its opening comment
	 */
	public record Described(RuleSet rules, String description) {

	}

}
