package org.gavel.resolutions.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.gavel.documents.PdfDocuments;
import org.gavel.forms.FormDefinitions;
import org.gavel.forms.Submission;
import org.gavel.membership.MemberContexts;
import org.gavel.membership.Recipients;
import org.gavel.membership.model.Decision;
import org.gavel.membership.model.Role;
import org.gavel.resolutions.CommentingOnResolution;
import org.gavel.resolutions.ImplementingResolution;
import org.gavel.resolutions.ReadingResolutions;
import org.gavel.resolutions.model.ResolutionStatus;
import org.gavel.resolutions.process.GaResolutionProcess;
import org.gavel.resolutions.process.ResolutionProcesses;
import org.gavel.system.Authorities;
import org.gavel.system.Dates;
import org.gavel.system.Outcome;
import org.gavel.voting.RuleSets;
import org.gavel.voting.model.RuleSet;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A resolution's page: its text, sponsors, history, comments and result, with the form of
 * each task waiting for the person looking (endorse, submit, admissibility review,
 * revise, EC position), each checked against its definition in {@code forms/} and shown
 * again with messages per field; the result certificate; the register.
 */
@Controller
class ResolutionPages {

	/** The task forms a resolution's page may show: task, form, action, heading. */
	private static final List<String[]> TASKS = List.of(
			new String[] { GaResolutionProcess.ENDORSE, "co-sponsor-endorsement", "endorse",
					"Your answer as invited co-sponsor" },
			new String[] { GaResolutionProcess.SUBMIT, "resolution-confirmation", "submit", "Submit it" },
			new String[] { GaResolutionProcess.REVIEW_ADMISSIBILITY, "admissibility-review", "review",
					"Admissibility review" },
			new String[] { GaResolutionProcess.REVISE, "resolution-revision", "revise", "Revise and resubmit" },
			new String[] { GaResolutionProcess.WRITE_EC_POSITION, "ec-position", "ec-position",
					"The Executive Committee's position" });

	private final ReadingResolutions reading;

	private final ResolutionProcesses processes;

	private final CommentingOnResolution commenting;

	private final ImplementingResolution implementing;

	private final FormDefinitions forms;

	private final PdfDocuments documents;

	private final Recipients recipients;

	private final MemberContexts contexts;

	private final RuleSets ruleSets;

	ResolutionPages(ReadingResolutions reading, ResolutionProcesses processes, CommentingOnResolution commenting,
			ImplementingResolution implementing, FormDefinitions forms, PdfDocuments documents, Recipients recipients,
			MemberContexts contexts, RuleSets ruleSets) {
		this.ruleSets = ruleSets;
		this.commenting = commenting;
		this.implementing = implementing;
		this.contexts = contexts;
		this.reading = reading;
		this.processes = processes;
		this.forms = forms;
		this.documents = documents;
		this.recipients = recipients;
	}

	@GetMapping("/resolutions/{id}")
	String show(@PathVariable UUID id, Authentication user, Model model) {
		return page(id, user, model, Map.of(), null);
	}

	@PostMapping("/resolutions/{id}/{action:endorse|submit|review|revise|ec-position}")
	String complete(@PathVariable UUID id, @PathVariable String action, @RequestParam Map<String, String> input,
			Authentication user, Model model, RedirectAttributes redirect) {
		record(id, user);
		String[] task = TASKS.stream().filter((t) -> t[2].equals(action)).findFirst().orElseThrow();
		Submission submission = this.forms.get(task[1]).check(input);
		if (!submission.valid()) {
			return page(id, user, model, Map.of(task[1], submission), null);
		}
		return shown(id, task[1], submission, user, model, redirect,
				this.processes.complete(id, task[0], user.getName(), groups(user), submission.values()));
	}

	@PostMapping("/resolutions/{id}/invitations")
	String invite(@PathVariable UUID id, @RequestParam Map<String, String> input, Authentication user, Model model,
			RedirectAttributes redirect) {
		record(id, user);
		Submission submission = this.forms.get("co-sponsor-invitation").check(input);
		if (!submission.valid()) {
			return page(id, user, model, Map.of("co-sponsor-invitation", submission), null);
		}
		List<String> usernames = Arrays.stream(((String) submission.values().get("coSponsors")).split(","))
			.map(String::strip)
			.toList();
		return shown(id, "co-sponsor-invitation", submission, user, model, redirect,
				this.processes.invite(id, user.getName(), usernames));
	}

	@PostMapping("/resolutions/{id}/comments")
	String comment(@PathVariable UUID id, @RequestParam Map<String, String> input, Authentication user, Model model,
			RedirectAttributes redirect) {
		return direct(id, "resolution-comment", input, user, model, redirect, (values) -> this.commenting
			.comment(new CommentingOnResolution.Comment(id, user.getName(), (String) values.get("comment"))));
	}

	@PostMapping("/resolutions/{id}/implementation")
	String implementation(@PathVariable UUID id, @RequestParam Map<String, String> input, Authentication user,
			Model model, RedirectAttributes redirect) {
		return direct(id, "implementation", input, user, model, redirect,
				(values) -> this.implementing.move(new ImplementingResolution.Move(id, user.getName(),
						(String) values.get("stage"), (String) values.get("note"))));
	}

	@GetMapping(path = "/resolutions/{id}/certificate", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> certificate(@PathVariable UUID id, Authentication user) {
		return this.documents.page("certificate", certificateValues(id, user));
	}

	@GetMapping(path = "/resolutions/{id}/certificate.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> certificatePdf(@PathVariable UUID id, Authentication user) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.body(this.documents.pdf("certificate", certificateValues(id, user), this.recipients.link("/")));
	}

	@GetMapping("/register")
	String register(Model model) {
		model.addAttribute("entries", this.reading.register());
		return "register";
	}

	private String direct(UUID id, String form, Map<String, String> input, Authentication user, Model model,
			RedirectAttributes redirect, Function<Map<String, Object>, Outcome<?>> action) {
		record(id, user);
		Submission submission = this.forms.get(form).check(input);
		if (!submission.valid()) {
			return page(id, user, model, Map.of(form, submission), null);
		}
		return shown(id, form, submission, user, model, redirect, action.apply(submission.values()));
	}

	/**
	 * Back to the resolution when done; else the form again, the refusal by its field.
	 */
	private String shown(UUID id, String form, Submission submission, Authentication user, Model model,
			RedirectAttributes redirect, Outcome<?> outcome) {
		return outcome.fold((done) -> {
			redirect.addFlashAttribute("notice", done(form, submission.values()));
			return "redirect:/resolutions/" + id;
		}, (refused) -> submission.withRefusal(refused)
			.map((marked) -> page(id, user, model, Map.of(form, marked), null))
			.orElseGet(() -> page(id, user, model, Map.of(form, submission), refused.reason())));
	}

	/**
	 * What the resolution's page says first once a form of it went through.
	 * @param form the form
	 * @param values what was sent
	 * @return e.g. "Your comment is published below."
	 */
	static String done(String form, Map<String, Object> values) {
		return switch (form) {
			case "co-sponsor-endorsement" ->
				"decline".equals(values.get("endorsement")) ? "Your answer is recorded: you decline to co-sponsor it."
						: "Your answer is recorded: you endorse it as co-sponsor.";
			case "resolution-confirmation" ->
				"Your resolution is submitted; the secretariat reviews its admissibility.";
			case "admissibility-review" -> switch (String.valueOf(values.get("decision"))) {
				case "return" -> "Your review is recorded: the resolution goes back to its proposer for revision.";
				case "reject" -> "Your review is recorded: the resolution is rejected as inadmissible.";
				default -> "Your review is recorded: the resolution is admitted to the assembly.";
			};
			case "resolution-revision" -> "Your revised resolution is resubmitted for its admissibility review.";
			case "ec-position" -> "The Executive Committee's position is recorded and shown with the resolution.";
			case "co-sponsor-invitation" -> "The members you named are invited to co-sponsor it.";
			case "resolution-comment" -> "Your comment is published below.";
			case "implementation" -> "completed".equals(values.get("stage"))
					? "The resolution is recorded as implemented." : "The implementation's progress is recorded.";
			default -> "Done.";
		};
	}

	private String page(UUID id, Authentication user, Model model, Map<String, Submission> shown, String error) {
		ReadingResolutions.Record record = record(id, user);
		List<Map<String, Object>> tasks = new ArrayList<>();
		for (String[] task : TASKS) {
			var waiting = this.processes.waitingFor(id, task[0], user.getName(), groups(user));
			if (waiting.isPresent()) {
				Submission submission = shown.get(task[1]);
				if (submission == null) {
					submission = Submission.showing(this.forms.get(task[1]), this.processes.prefilled(waiting.get()));
				}
				tasks.add(Map.of("action", task[2], "heading", task[3], "submission", submission));
			}
		}
		ResolutionStatus status = record.resolution().status();
		boolean secretariat = Authorities.has(user, Role.SECRETARIAT.authority());
		model.addAttribute("record", record);
		model.addAttribute("r", record.resolution());
		model.addAttribute("tasks", tasks);
		model.addAttribute("error", error);
		model.addAttribute("commentForm",
				record.resolution().openForComments().isAccepted() ? shown.getOrDefault("resolution-comment",
						Submission.showing(this.forms.get("resolution-comment"), Map.of())) : null);
		boolean inviting = record.resolution()
			.collectingSponsors()
			.then((draft) -> draft.proposedBy(user.getName(), "invites co-sponsors"))
			.isAccepted();
		model.addAttribute("invitationForm", inviting ? shown.getOrDefault("co-sponsor-invitation",
				Submission.showing(this.forms.get("co-sponsor-invitation"), Map.of())) : null);
		model.addAttribute("implementationForm", (secretariat && status == ResolutionStatus.ADOPTED)
				? shown.getOrDefault("implementation", Submission.showing(this.forms.get("implementation"), Map.of()))
				: null);
		return "resolution";
	}

	/**
	 * What the certificate shows: the record, and the rule set it was counted under by
	 * the name people read.
	 */
	private Map<String, Object> certificateValues(UUID id, Authentication user) {
		ReadingResolutions.Record record = certified(id, user);
		String rules = this.ruleSets.find(record.ballot().ruleSet(), record.ballot().ruleSetVersion())
			.map(RuleSet::title)
			.orElse(record.ballot().ruleSet());
		return Map.of("record", record, "dates", new Dates(), "rules", rules);
	}

	private ReadingResolutions.Record certified(UUID id, Authentication user) {
		ReadingResolutions.Record record = record(id, user);
		if (record.ballot() == null || record.ballot().result() == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "This resolution has no published result yet.");
		}
		return record;
	}

	/** The resolution, if the viewer may read it (see ResolutionReaders). */
	private ReadingResolutions.Record record(UUID id, Authentication user) {
		ReadingResolutions.Record record = this.reading.resolution(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no resolution " + id + "."));
		if (this.reading.mayRead(record.resolution(), this.contexts.of(user)) instanceof Decision.Refused refused) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, refused.reason());
		}
		return record;
	}

	private static List<String> groups(Authentication user) {
		return Authorities.has(user, Role.SECRETARIAT.authority()) ? List.of("secretariat") : List.of();
	}

}
