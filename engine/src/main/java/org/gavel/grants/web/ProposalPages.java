package org.gavel.grants.web;

import java.time.Clock;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.gavel.forms.FormDefinitions;
import org.gavel.forms.Submission;
import org.gavel.grants.AttachingToProposal;
import org.gavel.grants.OfferingTemplates;
import org.gavel.grants.ReadingCalls;
import org.gavel.grants.SavingProposal;
import org.gavel.grants.model.Proposal;
import org.gavel.grants.model.Reference;
import org.gavel.grants.process.GrantProcesses;

import org.springframework.http.HttpStatus;
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
 * An applicant's proposals: the list of their own, and each one's page, where a draft is
 * changed (form {@code proposal}), its required files attached, submitted before the
 * deadline and withdrawn until it. Another person's proposal, by any reference, is not
 * found; the secretariat reads submitted ones.
 */
@Controller
class ProposalPages {

	private final ReadingCalls reading;

	private final SavingProposal saving;

	private final AttachingToProposal attaching;

	private final GrantProcesses processes;

	private final OfferingTemplates templates;

	private final FormDefinitions forms;

	private final Clock clock;

	ProposalPages(ReadingCalls reading, SavingProposal saving, AttachingToProposal attaching, GrantProcesses processes,
			OfferingTemplates templates, FormDefinitions forms, Clock clock) {
		this.templates = templates;
		this.reading = reading;
		this.saving = saving;
		this.attaching = attaching;
		this.processes = processes;
		this.forms = forms;
		this.clock = clock;
	}

	@GetMapping("/proposals")
	String mine(Authentication user, Model model) {
		model.addAttribute("proposals", this.reading.mine(user.getName()));
		return "proposals";
	}

	@GetMapping("/proposals/{reference}")
	String show(@PathVariable String reference, Authentication user, HttpServletRequest request, Model model) {
		ReadingCalls.ProposalView view = found(reference, user);
		return page(model, view, user, request, Submission.showing(this.forms.get("proposal"), values(view.proposal())),
				null, null);
	}

	@PostMapping("/proposals/{reference}")
	String save(@PathVariable String reference, @RequestParam Map<String, String> input, Authentication user,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		ReadingCalls.ProposalView view = found(reference, user);
		Submission submission = this.forms.get("proposal").check(input);
		if (!submission.valid()) {
			return page(model, view, user, request, submission, null, null);
		}
		return this.saving
			.save(new SavingProposal.Saving(view.proposal().reference(), user.getName(), submission.values(),
					ViewerZone.of(request)))
			.fold((done) -> {
				redirect.addFlashAttribute("notice", "Your draft is saved. It is not submitted yet.");
				return "redirect:/proposals/" + reference;
			}, (refused) -> page(model, view, user, request, submission.withRefusal(refused).orElse(submission),
					refused.fields().isEmpty() ? refused.reason() : null, null));
	}

	@PostMapping("/proposals/{reference}/files/{slot}")
	String attach(@PathVariable String reference, @PathVariable int slot,
			@RequestParam(name = "file", required = false) MultipartFile file, Authentication user,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		ReadingCalls.ProposalView view = found(reference, user);
		if (file == null || file.isEmpty()) {
			return page(model, view, user, request, shown(view), null, "Choose a file to attach.");
		}
		byte[] content = Uploads.content(file);
		return this.attaching
			.attach(new AttachingToProposal.Upload(view.proposal().reference(), slot, file.getOriginalFilename(),
					content, user.getName(), ViewerZone.of(request)))
			.fold((stored) -> {
				redirect.addFlashAttribute("notice",
						"Attached " + stored.fileName() + ". Your receipt, its SHA-256: " + stored.sha256());
				return "redirect:/proposals/" + reference;
			}, (refused) -> page(model, view, user, request, shown(view), null, refused.reason()));
	}

	@PostMapping("/proposals/{reference}/submit")
	String submit(@PathVariable String reference, Authentication user, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		ReadingCalls.ProposalView view = found(reference, user);
		return this.processes.submit(view.proposal().reference(), user.getName(), ViewerZone.of(request))
			.fold((done) -> {
				redirect.addFlashAttribute("notice",
						"Your proposal is submitted; a receipt is on its way by e-mail. You may withdraw it until the deadline.");
				return "redirect:/proposals/" + reference;
			}, (refused) -> page(model, view, user, request, shown(view), refused.reason(), null));
	}

	@PostMapping("/proposals/{reference}/withdraw")
	String withdraw(@PathVariable String reference, Authentication user, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		ReadingCalls.ProposalView view = found(reference, user);
		return this.processes.withdraw(view.proposal().reference(), user.getName(), ViewerZone.of(request))
			.fold((done) -> {
				redirect.addFlashAttribute("notice", "Your proposal is withdrawn; it will not be evaluated.");
				return "redirect:/proposals/" + reference;
			}, (refused) -> page(model, view, user, request, shown(view), refused.reason(), null));
	}

	private Submission shown(ReadingCalls.ProposalView view) {
		return Submission.showing(this.forms.get("proposal"), values(view.proposal()));
	}

	private String page(Model model, ReadingCalls.ProposalView view, Authentication user, HttpServletRequest request,
			Submission submission, String error, String fileError) {
		boolean own = view.proposal().applicant().equals(user.getName());
		model.addAttribute("view", new CallView(view.call(), ViewerZone.shown(request)));
		model.addAttribute("proposal", view.proposal());
		model.addAttribute("files", new ProposalFilesView(view.call().rfp().attachments(), view.files()));
		model.addAttribute("templates", this.templates.slots(view.call()));
		model.addAttribute("own", own);
		model.addAttribute("now", this.clock.instant());
		model.addAttribute("submission", submission);
		model.addAttribute("error", error);
		model.addAttribute("fileError", fileError);
		return "proposal";
	}

	private ReadingCalls.ProposalView found(String reference, Authentication user) {
		return Reference.parse(reference)
			.flatMap((ref) -> this.reading.proposal(ref, user.getName()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"There is no proposal " + reference + ", or it is not yours to read."));
	}

	private static Map<String, String> values(Proposal proposal) {
		Proposal.Application a = proposal.application();
		return Map.of("title", a.title(), "organisation", a.organisation(), "organisationType",
				a.organisationType().value(), "country", a.country(), "contactName", a.contactName(), "contactEmail",
				a.contactEmail(), "summary", a.summary(), "approach", a.approach(), "requestedAmount",
				a.requested().amount().toPlainString());
	}

}
