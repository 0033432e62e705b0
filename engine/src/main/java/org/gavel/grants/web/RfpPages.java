package org.gavel.grants.web;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;
import org.gavel.approvals.ReadingApprovals;
import org.gavel.approvals.RevisingReturnedItem;
import org.gavel.approvals.model.Approval;
import org.gavel.documents.PdfDocuments;
import org.gavel.forms.FormDefinitions;
import org.gavel.forms.Submission;
import org.gavel.grants.AnsweringQuestion;
import org.gavel.grants.AwardingGrants;
import org.gavel.grants.DraftingRfp;
import org.gavel.grants.IssuingAddendum;
import org.gavel.grants.OfferingTemplates;
import org.gavel.grants.RankingProposals;
import org.gavel.grants.ReadingCalls;
import org.gavel.grants.SummarisingEvaluation;
import org.gavel.grants.model.Conflict;
import org.gavel.grants.model.Proposal;
import org.gavel.grants.model.ProposalStatus;
import org.gavel.grants.model.Question;
import org.gavel.grants.model.Reference;
import org.gavel.grants.model.RfpStatus;
import org.gavel.grants.process.GrantProcesses;
import org.gavel.membership.model.Role;
import org.gavel.system.Authorities;
import org.gavel.system.Dates;
import org.gavel.system.Outcome;
import org.gavel.system.Refusal;

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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Requests for proposals as their chair and the secretariat run them: draft one (form
 * {@code rfp}) and send it to the EC, revise it when returned ({@code rfp-revision}),
 * answer questions ({@code rfp-answer}), issue addenda ({@code rfp-addendum}), follow the
 * proposals and, for the secretariat, review an ineligible screening
 * ({@code proposal-eligibility-review}); while the RFP is before the EC, offer a template
 * for each required file. Another chair's RFP is not found.
 */
@Controller
class RfpPages {

	private final ReadingCalls reading;

	private final GrantProcesses processes;

	private final AnsweringQuestion answering;

	private final DraftingRfp drafting;

	private final ReadingApprovals approvals;

	private final RankingProposals ranking;

	private final AwardingGrants awarding;

	private final SummarisingEvaluation summaries;

	private final PdfDocuments documents;

	private final RevisingReturnedItem revising;

	private final OfferingTemplates templates;

	private final FormDefinitions forms;

	private final Clock clock;

	RfpPages(ReadingCalls reading, GrantProcesses processes, AnsweringQuestion answering, DraftingRfp drafting,
			ReadingApprovals approvals, RankingProposals ranking, AwardingGrants awarding,
			SummarisingEvaluation summaries, PdfDocuments documents, RevisingReturnedItem revising,
			OfferingTemplates templates, FormDefinitions forms, Clock clock) {
		this.templates = templates;
		this.awarding = awarding;
		this.summaries = summaries;
		this.documents = documents;
		this.reading = reading;
		this.processes = processes;
		this.answering = answering;
		this.drafting = drafting;
		this.approvals = approvals;
		this.revising = revising;
		this.ranking = ranking;
		this.forms = forms;
		this.clock = clock;
	}

	@GetMapping("/rfps")
	String list(Authentication user, HttpServletRequest request, Model model) {
		model.addAttribute("calls",
				this.reading.managed(user.getName())
					.stream()
					.map((call) -> new CallView(call, ViewerZone.shown(request)))
					.toList());
		model.addAttribute("mayDraft", Authorities.has(user, Role.WG_CHAIR.authority()));
		return "rfps";
	}

	@GetMapping("/rfps/new")
	String draft(Model model) {
		return form(model, Submission.showing(this.forms.get("rfp"), Map.of()), null, null);
	}

	@PostMapping("/rfps")
	String submit(@RequestParam Map<String, String> input, Authentication user, Model model,
			RedirectAttributes redirect) {
		Submission submission = this.forms.get("rfp").check(input);
		if (!submission.valid()) {
			return form(model, submission, null, null);
		}
		return this.processes
			.draft(new DraftingRfp.Draft((String) submission.values().get("workingGroup"), user.getName(),
					submission.values()))
			.fold((call) -> {
				redirect.addFlashAttribute("notice", "Request for proposals " + call.reference()
						+ " is saved and sent to the Executive Committee for approval.");
				return "redirect:/rfps/" + call.reference();
			}, (refused) -> form(model, submission.withRefusal(refused).orElse(submission), null,
					refused.fields().isEmpty() ? refused.reason() : null));
	}

	@GetMapping("/rfps/{reference}/revise")
	String revision(@PathVariable String reference, Authentication user, Model model) {
		ReadingCalls.ManagedCall call = found(reference, user);
		return form(model, Submission.showing(this.forms.get("rfp-revision"),
				this.drafting.current(DraftingRfp.SUBJECT + call.call().id())), call, null);
	}

	@PostMapping("/rfps/{reference}/revise")
	String revise(@PathVariable String reference, @RequestParam Map<String, String> input, Authentication user,
			Model model, RedirectAttributes redirect) {
		ReadingCalls.ManagedCall call = found(reference, user);
		Submission submission = this.forms.get("rfp-revision").check(input);
		if (!submission.valid()) {
			return form(model, submission, call, null);
		}
		Approval approval = approval(call);
		if (approval == null) {
			return form(model, submission, call, "This request for proposals is not before the EC.");
		}
		return this.revising.revise(approval.id(), user.getName(), submission.values()).fold((done) -> {
			redirect.addFlashAttribute("notice",
					"Your revised request for proposals is resubmitted to the Executive Committee.");
			return "redirect:/rfps/" + reference;
		}, (refused) -> form(model, submission.withRefusal(refused).orElse(submission), call,
				refused.fields().isEmpty() ? refused.reason() : null));
	}

	@GetMapping("/rfps/{reference}")
	String show(@PathVariable String reference, Authentication user, HttpServletRequest request, Model model) {
		Reference ref = Reference.parse(reference).orElse(null);
		if (ref != null && this.reading.managedCall(ref, user.getName()).isEmpty()) {
			// an EC seat reads the call it decides, without the askers or the proposals
			ReadingCalls.ManagedCall ec = this.reading.ecCall(ref, user.getName())
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
						"There is no request for proposals " + reference + " of yours."));
			return page(model, ec, user, request, Map.of(), null, false);
		}
		return page(model, found(reference, user), user, request, Map.of(), null);
	}

	@PostMapping("/rfps/{reference}/templates/{slot}")
	String offerTemplate(@PathVariable String reference, @PathVariable int slot,
			@RequestParam(name = "file", required = false) MultipartFile file, Authentication user,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		ReadingCalls.ManagedCall call = found(reference, user);
		if (file == null || file.isEmpty()) {
			return page(model, call, user, request, Map.of(), "Nothing was attached: choose a file to offer.");
		}
		byte[] content = Uploads.content(file);
		return this.templates
			.offer(new OfferingTemplates.Offer(call.call().reference(), slot, file.getOriginalFilename(), content,
					user.getName()))
			.fold((stored) -> {
				redirect.addFlashAttribute("notice", "Offered " + stored.fileName() + " as the template for "
						+ call.call().rfp().attachments().get(slot).label() + ". Its SHA-256: " + stored.sha256());
				return "redirect:/rfps/" + reference + "#templates";
			}, (refused) -> page(model, call, user, request, Map.of(),
					"Nothing was attached: " + refused.fields().getOrDefault("file", refused.reason())));
	}

	@PostMapping("/rfps/{reference}/questions/{number}/answer")
	String answer(@PathVariable String reference, @PathVariable int number, @RequestParam Map<String, String> input,
			Authentication user, HttpServletRequest request, Model model, RedirectAttributes redirect) {
		ReadingCalls.ManagedCall call = found(reference, user);
		Submission submission = this.forms.get("rfp-answer").check(input);
		String key = "answer-" + number;
		if (!submission.valid()) {
			return page(model, call, user, request, Map.of(key, submission), null);
		}
		return done(
				this.answering.answer(new AnsweringQuestion.Answer(call.call().reference(), number, user.getName(),
						(String) submission.values().get("answer"))),
				reference, redirect, "Answer " + number + " is published.", (refused) -> page(model, call, user,
						request, Map.of(key, submission.withRefusal(refused).orElse(submission)), refused.reason()));
	}

	@PostMapping("/rfps/{reference}/addenda")
	String addendum(@PathVariable String reference, @RequestParam Map<String, String> input, Authentication user,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		ReadingCalls.ManagedCall call = found(reference, user);
		Submission submission = this.forms.get("rfp-addendum").check(input);
		if (!submission.valid()) {
			return page(model, call, user, request, Map.of("addendum", submission), null);
		}
		return done(
				this.processes
					.addendum(new IssuingAddendum.Issue(call.call().reference(), user.getName(),
							(String) submission.values().get("text"), (String) submission.values().get("newDeadline")))
					.map((addendum) -> Outcome.Done.DONE),
				reference, redirect, "The addendum is published and mailed to the applicants.",
				(refused) -> page(model, call, user, request,
						Map.of("addendum", submission.withRefusal(refused).orElse(submission)),
						refused.fields().isEmpty() ? refused.reason() : null));
	}

	@PostMapping("/rfps/{reference}/proposals/{proposal}/screening")
	String screening(@PathVariable String reference, @PathVariable String proposal,
			@RequestParam Map<String, String> input, Authentication user, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		return proposalStep(
				new ProposalStep(reference, proposal, "proposal-eligibility-review", "screening-",
						this.processes::reviewScreening, (ref) -> "The screening of " + ref + " is recorded."),
				input, user, request, model, redirect);
	}

	@PostMapping("/rfps/{reference}/proposals/{proposal}/evaluators")
	String addEvaluator(@PathVariable String reference, @PathVariable String proposal,
			@RequestParam Map<String, String> input, Authentication user, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		return proposalStep(
				new ProposalStep(reference, proposal, "evaluator-addition", "evaluator-", this.processes::addEvaluator,
						(ref) -> "The evaluator is added to " + ref + " and asked to declare."),
				input, user, request, model, redirect);
	}

	/** A secretariat's task on one proposal, completed from the RFP's page. */
	private String proposalStep(ProposalStep step, Map<String, String> input, Authentication user,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		ReadingCalls.ManagedCall call = found(step.reference(), user);
		Reference ref = proposalOf(call, step.proposal());
		String key = step.keyPrefix() + ref;
		Submission submission = this.forms.get(step.form()).check(input);
		if (!submission.valid()) {
			return page(model, call, user, request, Map.of(key, submission), null);
		}
		return done(step.completion().complete(ref, user.getName(), submission.values()), step.reference(), redirect,
				step.notice().apply(ref),
				(refused) -> page(model, call, user, request,
						Map.of(key, submission.withRefusal(refused).orElse(submission)),
						refused.fields().isEmpty() ? refused.reason() : null));
	}

	/**
	 * A proposal's task the RFP's page completes.
	 *
	 * @param reference the RFP, as in the path
	 * @param proposal the proposal, as in the path
	 * @param form the task's form
	 * @param keyPrefix what the form is shown under on the page, before the proposal
	 * @param completion how the task is completed
	 * @param notice what the page says once it is
	 */
	private record ProposalStep(String reference, String proposal, String form, String keyPrefix, Completion completion,
			Function<Reference, String> notice) {

	}

	/** Completes a proposal's task as the signed-in person with the form's values. */
	@FunctionalInterface
	private interface Completion {

		Outcome<Outcome.Done> complete(Reference proposal, String user, Map<String, Object> values);

	}

	private static String done(Outcome<Outcome.Done> outcome, String reference, RedirectAttributes redirect,
			String notice, Function<Refusal, String> refused) {
		return outcome.fold((ok) -> {
			redirect.addFlashAttribute("notice", notice);
			return "redirect:/rfps/" + reference;
		}, refused);
	}

	private String page(Model model, ReadingCalls.ManagedCall call, Authentication user, HttpServletRequest request,
			Map<String, Submission> shown, String error) {
		return page(model, call, user, request, shown, error, true);
	}

	private String page(Model model, ReadingCalls.ManagedCall call, Authentication user, HttpServletRequest request,
			Map<String, Submission> shown, String error, boolean manages) {
		model.addAttribute("manages", manages);
		boolean secretariat = manages && Authorities.has(user, Role.SECRETARIAT.authority());
		CallView view = new CallView(call.call(), ViewerZone.shown(request));
		List<QuestionRow> questions = call.questions()
			.stream()
			.map((q) -> new QuestionRow(q,
					(q.answered() || !manages) ? null
							: shown.getOrDefault("answer-" + q.number(),
									Submission.showing(this.forms.get("rfp-answer"), Map.of()))))
			.toList();
		Map<String, Submission> screenings = new LinkedHashMap<>();
		if (secretariat) {
			call.proposals()
				.stream()
				.filter((p) -> p.status() == ProposalStatus.SCREENING)
				.filter((p) -> this.processes.screeningReview(p.reference()).isPresent())
				.forEach(
						(p) -> screenings.put(p.reference().toString(), shown.getOrDefault("screening-" + p.reference(),
								Submission.showing(this.forms.get("proposal-eligibility-review"), Map.of()))));
		}
		Map<String, Submission> additions = new LinkedHashMap<>();
		List<ProposalRow> rows = call.proposals()
			.stream()
			.map((p) -> new ProposalRow(p, secretariat ? this.reading.conflicts(p) : List.of(),
					secretariat ? this.reading.evaluatorsOf(p) : List.of()))
			.toList();
		if (secretariat) {
			call.proposals()
				.stream()
				.filter((p) -> p.status() == ProposalStatus.ELIGIBLE)
				.filter((p) -> this.processes.evaluatorNeeded(p.reference()).isPresent())
				.forEach((p) -> additions.put(p.reference().toString(), shown.getOrDefault("evaluator-" + p.reference(),
						Submission.showing(this.forms.get("evaluator-addition"), Map.of()))));
		}
		Approval approval = approval(call);
		model.addAttribute("rows", rows);
		model.addAttribute("secretariatView", secretariat);
		model.addAttribute("additions", additions);
		model.addAttribute("view", view);
		model.addAttribute("managed", call);
		model.addAttribute("approval", approval);
		model.addAttribute("canRevise",
				manages && approval != null && this.revising.waitsFor(approval.id(), user.getName()));
		model.addAttribute("questions", questions);
		model.addAttribute("screenings", screenings);
		model.addAttribute("addendum", manages && view.openAt(this.clock.instant())
				? shown.getOrDefault("addendum", Submission.showing(this.forms.get("rfp-addendum"), Map.of())) : null);
		model.addAttribute("proposals", call.proposals());
		model.addAttribute("templates", this.templates.slots(call.call()));
		model.addAttribute("offersTemplates", manages && call.call().status() == RfpStatus.BEFORE_EC);
		model.addAttribute("error", error);
		return "rfp";
	}

	@GetMapping("/rfps/{reference}/ranking")
	String ranking(@PathVariable String reference, Authentication user, Model model) {
		ReadingCalls.ManagedCall ec = ecReading(reference, user);
		if (ec != null) {
			return ranking(model, ec, user, null, null, null, true);
		}
		return ranking(model, found(reference, user), user,
				Submission.showing(this.forms.get("panel-adjustment"), Map.of()), null);
	}

	@GetMapping(path = "/rfps/{reference}/evaluation-summary", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> summary(@PathVariable String reference, Authentication user) {
		return this.documents.page("evaluation-summary", summaryOf(reference, user));
	}

	@GetMapping(path = "/rfps/{reference}/evaluation-summary.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> summaryPdf(@PathVariable String reference, Authentication user) {
		return this.documents.download("evaluation-summary", summaryOf(reference, user),
				"evaluation-summary-" + reference + ".pdf", "http://localhost/");
	}

	private Map<String, Object> summaryOf(String reference, Authentication user) {
		ReadingCalls.ManagedCall ec = ecReading(reference, user);
		ReadingCalls.ManagedCall call = (ec != null) ? ec : found(reference, user);
		SummarisingEvaluation.Summary summary = this.summaries.of(call.call());
		if (summary == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND,
					"The ranking of " + reference + " is not open yet: there is no evaluation summary.");
		}
		return Map.of("summary", summary, "generated", Dates.at(this.clock.instant(), call.call().rfp().zone()));
	}

	/**
	 * An EC seat's reading of a call it decides the award of, when the reader does not
	 * manage it.
	 * @return the call, {@code null} when the reader manages it; 404 otherwise
	 */
	private ReadingCalls.ManagedCall ecReading(String reference, Authentication user) {
		Reference ref = Reference.parse(reference).orElse(null);
		if (ref == null || this.reading.managedCall(ref, user.getName()).isPresent()) {
			return null;
		}
		return this.reading.ecCall(ref, user.getName())
			.filter((call) -> call.call().status().compareTo(RfpStatus.RECOMMENDED) >= 0)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"There is no request for proposals " + reference + " of yours."));
	}

	@PostMapping("/rfps/{reference}/recommendation")
	String recommend(@PathVariable String reference, @RequestParam Map<String, String> input, Authentication user,
			Model model, RedirectAttributes redirect) {
		ReadingCalls.ManagedCall call = found(reference, user);
		Submission submission = this.forms.get("recommendation").check(input);
		if (!submission.valid()) {
			return ranking(model, call, user, null, submission, null, false);
		}
		return this.processes.recommend(call.call().reference(), user.getName(), submission.values()).fold((done) -> {
			redirect.addFlashAttribute("notice",
					"The recommendation is recorded and goes to the Executive Committee for its award decision.");
			return "redirect:/rfps/" + reference + "/ranking";
		}, (refused) -> ranking(model, call, user, null, submission.withRefusal(refused).orElse(submission),
				refused.fields().isEmpty() ? refused.reason() : null, false));
	}

	@PostMapping("/rfps/{reference}/ranking")
	String holdPanelMeeting(@PathVariable String reference, @RequestParam Map<String, String> input,
			Authentication user, Model model, RedirectAttributes redirect) {
		ReadingCalls.ManagedCall call = found(reference, user);
		Submission submission = this.forms.get("panel-adjustment").check(input);
		if (!submission.valid()) {
			return ranking(model, call, user, submission, null);
		}
		return this.processes.holdPanelMeeting(call.call().reference(), user.getName(), submission.values())
			.fold((done) -> {
				redirect.addFlashAttribute("notice", "The panel meeting is recorded; the ranking is final.");
				return "redirect:/rfps/" + reference + "/ranking";
			}, (refused) -> ranking(model, call, user, submission.withRefusal(refused).orElse(submission),
					refused.fields().isEmpty() ? refused.reason() : null));
	}

	private String ranking(Model model, ReadingCalls.ManagedCall call, Authentication user, Submission adjustments,
			String error) {
		return ranking(model, call, user, adjustments, null, error, false);
	}

	private String ranking(Model model, ReadingCalls.ManagedCall call, Authentication user, Submission adjustments,
			Submission recommendation, String error, boolean ec) {
		RfpStatus status = call.call().status();
		boolean open = status.compareTo(RfpStatus.RANKING) >= 0;
		Optional<AwardingGrants.Recommended> recommended = this.awarding.recommendation(call.call());
		boolean recommends = !ec && this.processes.recommendation(call.call().reference(), user.getName()).isPresent();
		model.addAttribute("managed", call);
		model.addAttribute("ec", ec);
		model.addAttribute("ranked", open ? this.ranking.ranking(call.call()) : null);
		model.addAttribute("meeting",
				!ec && adjustments != null
						&& this.processes.panelMeeting(call.call().reference(), user.getName()).isPresent()
								? adjustments : null);
		model.addAttribute("recommended", recommended.orElse(null));
		model.addAttribute("awardItems", this.approvals.bySubject(AwardingGrants.SUBJECT + call.call().id()));
		model.addAttribute("view", new CallView(call.call(), call.call().rfp().zone()));
		model
			.addAttribute("recommendation",
					recommends
							? ((recommendation != null) ? recommendation
									: Submission
										.showing(this.forms.get("recommendation"),
												recommended.map((r) -> Map.of("grants", r.lines(), "conditions",
														Objects.toString(r.conditions(), "")))
													.orElse(Map.of())))
							: null);
		model.addAttribute("error", error);
		return "rfp-ranking";
	}

	private static Reference proposalOf(ReadingCalls.ManagedCall call, String proposal) {
		return Reference.parse(proposal)
			.filter((p) -> p.call().equals(call.call().reference()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no proposal " + proposal));
	}

	/**
	 * A proposal on the RFP's page: for the secretariat, with its conflicts and
	 * evaluators.
	 *
	 * @param proposal the proposal
	 * @param conflicts its conflicts and declarations of none (the secretariat's view)
	 * @param evaluators its assigned evaluators (the secretariat's view)
	 */
	public record ProposalRow(Proposal proposal, List<Conflict> conflicts, List<String> evaluators) {

		public String evaluatorNames() {
			return String.join(", ", this.evaluators);
		}

		public String conflicted() {
			return String.join("; ",
					this.conflicts.stream()
						.filter(Conflict::conflicted)
						.map((c) -> c.evaluator() + (c.automatic() ? " (found by Gavel)" : "") + ": " + c.reason())
						.toList());
		}

	}

	/**
	 * A question on the RFP's page, with its answer form while unanswered.
	 *
	 * @param question the question
	 * @param answer the answer form, or {@code null} once answered
	 */
	public record QuestionRow(Question question, Submission answer) {

	}

	private Approval approval(ReadingCalls.ManagedCall call) {
		List<Approval> all = this.approvals.bySubject(DraftingRfp.SUBJECT + call.call().id());
		return all.isEmpty() ? null : all.get(all.size() - 1);
	}

	private String form(Model model, Submission submission, ReadingCalls.ManagedCall call, String error) {
		model.addAttribute("submission", submission);
		model.addAttribute("managed", call);
		model.addAttribute("error", error);
		return "rfp-form";
	}

	private ReadingCalls.ManagedCall found(String reference, Authentication user) {
		return Reference.parse(reference)
			.flatMap((ref) -> this.reading.managedCall(ref, user.getName()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"There is no request for proposals " + reference + " of yours."));
	}

}
