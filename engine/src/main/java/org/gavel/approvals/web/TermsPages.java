package org.gavel.approvals.web;

import java.util.Map;
import java.util.UUID;

import org.gavel.approvals.ApprovalSettings;
import org.gavel.approvals.DraftingTerms;
import org.gavel.approvals.model.Approval;
import org.gavel.approvals.model.ItemReaders;
import org.gavel.approvals.model.ItemType;
import org.gavel.approvals.process.ApprovalProcesses;
import org.gavel.approvals.process.EcApprovalProcess;
import org.gavel.forms.FormDefinitions;
import org.gavel.forms.Submission;
import org.gavel.membership.MemberContexts;
import org.gavel.membership.model.Decision;
import org.gavel.membership.model.MemberContext;
import org.gavel.system.Dates;

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
 * Terms of reference in the portal: a working-group chair drafts and submits them
 * ({@code tor-submission}), follows their status, revises them when returned
 * ({@code tor-revision}); anyone signed in reads every version and what changed.
 */
@Controller
class TermsPages {

	private final DraftingTerms drafting;

	private final ApprovalProcesses processes;

	private final FormDefinitions forms;

	private final MemberContexts contexts;

	private final Dates.In when;

	TermsPages(DraftingTerms drafting, ApprovalProcesses processes, FormDefinitions forms, MemberContexts contexts,
			ApprovalSettings settings) {
		this.when = new Dates.In(settings.zone());
		this.contexts = contexts;
		this.drafting = drafting;
		this.processes = processes;
		this.forms = forms;
	}

	@GetMapping("/terms")
	String list(Authentication user, Model model) {
		MemberContext viewer = this.contexts.of(user);
		model.addAttribute("terms",
				this.drafting.all()
					.stream()
					.map((d) -> this.drafting.find(d.id()).orElseThrow())
					.filter((terms) -> mayRead(terms, viewer).isAllowed())
					.toList());
		return "terms";
	}

	@GetMapping("/terms/new")
	String draft(Model model) {
		return form(model, Submission.showing(this.forms.get("tor-submission"), Map.of()), null, null);
	}

	@PostMapping("/terms")
	String submit(@RequestParam Map<String, String> input, Authentication user, Model model,
			RedirectAttributes redirect) {
		Submission submission = this.forms.get("tor-submission").check(input);
		if (!submission.valid()) {
			return form(model, submission, null, null);
		}
		return this.drafting
			.submit(new DraftingTerms.Draft((String) submission.values().get("workingGroup"), user.getName(),
					submission.values()))
			.fold((id) -> {
				redirect.addFlashAttribute("notice",
						"Your terms of reference are submitted to the Executive Committee for review.");
				return "redirect:/terms/" + id;
			}, (refused) -> form(model, submission, null, refused.reason()));
	}

	@GetMapping("/terms/{id}")
	String show(@PathVariable UUID id, @RequestParam(required = false) Integer from,
			@RequestParam(required = false) Integer to, Authentication user, Model model) {
		DraftingTerms.Terms terms = terms(id);
		if (mayRead(terms, this.contexts.of(user)) instanceof Decision.Refused refused) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, refused.reason());
		}
		int last = terms.versions().size();
		int newer = (to != null && to >= 1 && to <= last) ? to : last;
		int older = (from != null && from >= 1 && from < newer) ? from : Math.max(1, newer - 1);
		model.addAttribute("terms", terms);
		model.addAttribute("when", this.when);
		model.addAttribute("sections", DraftingTerms.SECTIONS);
		model.addAttribute("from", older);
		model.addAttribute("to", newer);
		model.addAttribute("changes", (newer > older) ? this.drafting.compare(id, older, newer) : null);
		model.addAttribute("canRevise",
				terms.approval() != null && this.processes
					.waitingFor(terms.approval().id(), EcApprovalProcess.REVISE_ITEM, user.getName())
					.isPresent());
		return "terms-of-reference";
	}

	@GetMapping("/terms/{id}/revise")
	String revision(@PathVariable UUID id, Model model) {
		DraftingTerms.Terms terms = terms(id);
		return form(model,
				Submission.showing(this.forms.get("tor-revision"), this.drafting.current("terms-of-reference:" + id)),
				terms, null);
	}

	@PostMapping("/terms/{id}/revise")
	String revise(@PathVariable UUID id, @RequestParam Map<String, String> input, Authentication user, Model model,
			RedirectAttributes redirect) {
		DraftingTerms.Terms terms = terms(id);
		Submission submission = this.forms.get("tor-revision").check(input);
		if (!submission.valid()) {
			return form(model, submission, terms, null);
		}
		if (terms.approval() == null) {
			return form(model, submission, terms, "These terms of reference were never submitted.");
		}
		return this.processes
			.complete(terms.approval().id(), EcApprovalProcess.REVISE_ITEM, user.getName(), submission.values())
			.fold((done) -> {
				redirect.addFlashAttribute("notice",
						"Your revised terms of reference are resubmitted to the Executive Committee.");
				return "redirect:/terms/" + id;
			}, (refused) -> form(model, submission, terms, refused.reason()));
	}

	private String form(Model model, Submission submission, DraftingTerms.Terms terms, String error) {
		model.addAttribute("submission", submission);
		model.addAttribute("terms", terms);
		model.addAttribute("error", error);
		return "terms-form";
	}

	private static Decision mayRead(DraftingTerms.Terms terms, MemberContext viewer) {
		Approval approval = terms.approval();
		return ItemReaders.mayRead(ItemType.TERMS_OF_REFERENCE, (approval != null) ? approval.status() : null,
				terms.draft().draftedBy(), viewer);
	}

	private DraftingTerms.Terms terms(UUID id) {
		return this.drafting.find(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"There are no terms of reference " + id + "."));
	}

}
