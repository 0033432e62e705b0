package org.gavel.grants.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.gavel.documents.PdfDocuments;
import org.gavel.forms.FormDefinitions;
import org.gavel.forms.Submission;
import org.gavel.grants.AwardingGrants;
import org.gavel.grants.FundingGrants;
import org.gavel.grants.ReadingCalls;
import org.gavel.grants.model.Reference;
import org.gavel.grants.process.GrantProcesses;
import org.gavel.membership.model.Organisation;

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
 * What follows the EC's award: the applicant's award or regret letter (the applicant and
 * the secretariat only), and the funding members' pledges on grants with matched funding
 * (form {@code pledge}).
 */
@Controller
class AwardPages {

	private final ReadingCalls reading;

	private final AwardingGrants awarding;

	private final FundingGrants funding;

	private final GrantProcesses processes;

	private final FormDefinitions forms;

	private final PdfDocuments documents;

	AwardPages(ReadingCalls reading, AwardingGrants awarding, FundingGrants funding, GrantProcesses processes,
			FormDefinitions forms, PdfDocuments documents) {
		this.documents = documents;
		this.reading = reading;
		this.awarding = awarding;
		this.funding = funding;
		this.processes = processes;
		this.forms = forms;
	}

	@GetMapping(path = "/proposals/{reference}/letter", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> letter(@PathVariable String reference, Authentication user) {
		return this.documents.page("proposal-letter", letterOf(reference, user));
	}

	@GetMapping(path = "/proposals/{reference}/letter.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> letterPdf(@PathVariable String reference, Authentication user) {
		return this.documents.download("proposal-letter", letterOf(reference, user), "letter-" + reference + ".pdf",
				"http://localhost/");
	}

	private Map<String, Object> letterOf(String reference, Authentication user) {
		ReadingCalls.ProposalView view = Reference.parse(reference)
			.flatMap((ref) -> this.reading.proposal(ref, user.getName()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"There is no proposal " + reference + ", or it is not yours to read."));
		AwardingGrants.Letter letter = this.awarding.letter(view.proposal())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"The Executive Committee has not decided the award of " + reference + " yet."));
		return Map.of("letter", letter, "view", new CallView(letter.call(), letter.call().rfp().zone()));
	}

	@GetMapping("/funding")
	String offers(Authentication user, HttpServletRequest request, Model model) {
		return page(model, user, request, null, null, null);
	}

	@PostMapping("/funding/{reference}/pledge")
	String pledge(@PathVariable String reference, @RequestParam Map<String, String> input, Authentication user,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		Reference proposal = Reference.parse(reference)
			.filter((ref) -> this.processes.pledging(ref, user.getName()).isPresent())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"Proposal " + reference + " is not open for your pledges."));
		Submission submission = this.forms.get("pledge").check(input);
		if (!submission.valid()) {
			return page(model, user, request, proposal, submission, null);
		}
		return this.processes.pledge(proposal, user.getName(), submission.values()).fold((done) -> {
			redirect.addFlashAttribute("notice", "Your organisation's pledge to " + reference + " is recorded.");
			return "redirect:/funding";
		}, (refused) -> page(model, user, request, proposal, submission.withRefusal(refused).orElse(submission),
				refused.fields().isEmpty() ? refused.reason() : null));
	}

	private String page(Model model, Authentication user, HttpServletRequest request, Reference typedFor,
			Submission typed, String error) {
		Optional<Organisation> organisation = this.funding.pledgesFor(user.getName());
		model.addAttribute("organisation", organisation.orElse(null));
		model.addAttribute("offers", organisation.isPresent() ? this.funding.offers() : List.of());
		model.addAttribute("typedFor", (typedFor != null) ? typedFor.toString() : "");
		model.addAttribute("typed", typed);
		model.addAttribute("blank", Submission.showing(this.forms.get("pledge"), Map.of()));
		model.addAttribute("error", error);
		return "funding";
	}

}
