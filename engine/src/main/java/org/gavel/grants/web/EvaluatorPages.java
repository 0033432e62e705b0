package org.gavel.grants.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.task.Task;
import org.gavel.forms.FormDefinitions;
import org.gavel.forms.Submission;
import org.gavel.grants.ReadingCalls;
import org.gavel.grants.ScoringProposal;
import org.gavel.grants.model.Criterion;
import org.gavel.grants.model.Proposal;
import org.gavel.grants.model.Reference;
import org.gavel.grants.model.ScoreSheet;
import org.gavel.grants.process.GrantProcesses;

import org.springframework.http.HttpStatus;
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
 * The evaluator's desk: the proposals on which they are to declare a conflict of interest
 * or none (form {@code conflict-declaration}), seeing only the proposal's title,
 * organisation and country before they do; and the proposals assigned to them, which they
 * may read with their files. A proposal not assigned to them is not found.
 */
@Controller
class EvaluatorPages {

	private final ReadingCalls reading;

	private final GrantProcesses processes;

	private final FormDefinitions forms;

	private final ScoringProposal scoring;

	EvaluatorPages(ReadingCalls reading, GrantProcesses processes, FormDefinitions forms, ScoringProposal scoring) {
		this.scoring = scoring;
		this.reading = reading;
		this.processes = processes;
		this.forms = forms;
	}

	@GetMapping("/evaluate")
	String desk(Authentication user, Model model) {
		return desk(model, user, Map.of(), null);
	}

	@PostMapping("/evaluate/{reference}/conflict")
	String declare(@PathVariable String reference, @RequestParam Map<String, String> input, Authentication user,
			Model model, RedirectAttributes redirect) {
		Reference ref = Reference.parse(reference)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no proposal " + reference));
		Submission submission = this.forms.get("conflict-declaration").check(input);
		if (!submission.valid()) {
			return desk(model, user, Map.of(ref.toString(), submission), null);
		}
		return this.processes.declare(ref, user.getName(), submission.values()).fold((done) -> {
			redirect.addFlashAttribute("notice", "Your declaration on " + ref + " is recorded.");
			return "redirect:/evaluate";
		}, (refused) -> desk(model, user, Map.of(ref.toString(), submission.withRefusal(refused).orElse(submission)),
				refused.fields().isEmpty() ? refused.reason() : null));
	}

	@GetMapping("/evaluate/{reference}")
	String proposal(@PathVariable String reference, Authentication user, HttpServletRequest request, Model model) {
		return proposal(model, assigned(reference, user), user, request, Map.of(), null);
	}

	@PostMapping("/evaluate/{reference}/scores")
	String score(@PathVariable String reference, @RequestParam Map<String, String> input, Authentication user,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		ReadingCalls.ProposalView view = assigned(reference, user);
		Map<String, String> scores = new LinkedHashMap<>();
		Map<String, String> comments = new LinkedHashMap<>();
		for (Criterion criterion : view.call().rfp().criteria().list()) {
			scores.put(criterion.key(), input.getOrDefault("score_" + criterion.key(), ""));
			comments.put(criterion.key(), input.getOrDefault("comment_" + criterion.key(), ""));
		}
		String lines = ScoreSheet.lines(view.call().rfp().criteria(), scores, comments);
		Submission submission = this.forms.get("proposal-score").check(Map.of("scores", lines));
		if (!submission.valid()) {
			return proposal(model, view, user, request, input, submission.summary());
		}
		return this.processes.score(view.proposal().reference(), user.getName(), submission.values()).fold((done) -> {
			redirect.addFlashAttribute("notice", "Your scores of " + reference + " are recorded.");
			return "redirect:/evaluate/" + reference;
		}, (refused) -> proposal(model, view, user, request, input, refused.reason()));
	}

	private ReadingCalls.ProposalView assigned(String reference, Authentication user) {
		return Reference.parse(reference)
			.flatMap((ref) -> this.reading.assignedProposal(ref, user.getName()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"No proposal " + reference + " is assigned to you."));
	}

	private String proposal(Model model, ReadingCalls.ProposalView view, Authentication user,
			HttpServletRequest request, Map<String, String> typed, String error) {
		model.addAttribute("view", new CallView(view.call(), ViewerZone.shown(request)));
		model.addAttribute("proposal", view.proposal());
		model.addAttribute("files", new ProposalFilesView(view.call().rfp().attachments(), view.files()));
		model.addAttribute("scoring", this.processes.scoringWaits(view.proposal().reference(), user.getName()));
		model.addAttribute("mine", this.scoring.mine(view.proposal().reference(), user.getName()).orElse(null));
		model.addAttribute("typed", typed);
		model.addAttribute("error", error);
		return "evaluate-proposal";
	}

	private String desk(Model model, Authentication user, Map<String, Submission> shown, String error) {
		List<Declaration> declarations = new ArrayList<>();
		for (Task task : this.processes.declarationsOf(user.getName())) {
			String business = this.processes.businessKeyOf(task);
			Reference ref = Reference.parse(business).orElseThrow();
			this.reading.beforeDeclaring(ref)
				.ifPresent((proposal) -> declarations.add(new Declaration(proposal, shown.getOrDefault(ref.toString(),
						Submission.showing(this.forms.get("conflict-declaration"), Map.of())))));
		}
		model.addAttribute("declarations", declarations);
		model.addAttribute("assigned", this.reading.assignedTo(user.getName()));
		model.addAttribute("error", error);
		return "evaluate";
	}

	/**
	 * A declaration waiting on the desk.
	 *
	 * @param proposal the proposal (its title, organisation and country are shown)
	 * @param form the declaration form
	 */
	public record Declaration(Proposal proposal, Submission form) {

	}

}
