package org.gavel.grants.web;

import java.time.Clock;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.gavel.forms.FormDefinitions;
import org.gavel.forms.Submission;
import org.gavel.grants.AskingQuestion;
import org.gavel.grants.OfferingTemplates;
import org.gavel.grants.ReadingCalls;
import org.gavel.grants.StartingProposal;
import org.gavel.grants.model.Reference;
import org.gavel.grants.process.GrantProcesses;
import org.gavel.membership.model.Role;
import org.gavel.system.Authorities;

import org.springframework.http.HttpStatus;
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
 * The public calls for proposals: the list and each call's page, with its addenda and
 * answered questions, readable without signing in; a signed-in applicant asks a question
 * (form {@code rfp-question}) and starts a proposal (form {@code proposal}) there. The
 * templates the call offers for its required files are downloaded from it.
 */
@Controller
class CallPages {

	private final ReadingCalls reading;

	private final AskingQuestion asking;

	private final GrantProcesses processes;

	private final OfferingTemplates templates;

	private final FormDefinitions forms;

	private final Clock clock;

	CallPages(ReadingCalls reading, AskingQuestion asking, GrantProcesses processes, OfferingTemplates templates,
			FormDefinitions forms, Clock clock) {
		this.templates = templates;
		this.reading = reading;
		this.asking = asking;
		this.processes = processes;
		this.forms = forms;
		this.clock = clock;
	}

	@GetMapping("/calls")
	String list(HttpServletRequest request, Model model) {
		model.addAttribute("calls",
				this.reading.published()
					.stream()
					.map((call) -> new CallView(call, ViewerZone.shown(request)))
					.toList());
		model.addAttribute("now", this.clock.instant());
		return "calls";
	}

	@GetMapping("/calls/{reference}")
	String show(@PathVariable String reference, @RequestParam(required = false) Integer asked, Authentication user,
			HttpServletRequest request, Model model) {
		return page(model, reference, user, request, Submission.showing(this.forms.get("rfp-question"), Map.of()), null,
				asked);
	}

	@GetMapping("/calls/{reference}/templates/{slot}")
	ResponseEntity<byte[]> template(@PathVariable String reference, @PathVariable int slot, Authentication user) {
		return this.templates.download(ref(reference), slot, (user != null) ? user.getName() : null)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"The call " + reference + " offers no such template."))
			.response();
	}

	@PostMapping("/calls/{reference}/questions")
	String ask(@PathVariable String reference, @RequestParam Map<String, String> input, Authentication user,
			HttpServletRequest request, Model model) {
		Submission submission = this.forms.get("rfp-question").check(input);
		if (!submission.valid()) {
			return page(model, reference, user, request, submission, null, null);
		}
		return this.asking
			.ask(new AskingQuestion.Asking(ref(reference), user.getName(),
					(String) submission.values().get("question")))
			.fold((number) -> "redirect:/calls/" + reference + "?asked=" + number, (refused) -> page(model, reference,
					user, request, submission.withRefusal(refused).orElse(submission), refused.reason(), null));
	}

	@GetMapping("/calls/{reference}/apply")
	String apply(@PathVariable String reference, HttpServletRequest request, Model model) {
		return form(model, reference, request, Submission.showing(this.forms.get("proposal"), Map.of()), null);
	}

	@PostMapping("/calls/{reference}/proposals")
	String start(@PathVariable String reference, @RequestParam Map<String, String> input, Authentication user,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		Submission submission = this.forms.get("proposal").check(input);
		if (!submission.valid()) {
			return form(model, reference, request, submission, null);
		}
		return this.processes
			.start(new StartingProposal.Start(ref(reference), user.getName(), submission.values(),
					ViewerZone.of(request)))
			.fold((proposal) -> {
				redirect.addFlashAttribute("notice", "Your proposal " + proposal.reference()
						+ " is started and saved as a draft; it is not submitted yet.");
				return "redirect:/proposals/" + proposal.reference();
			}, (refused) -> form(model, reference, request, submission.withRefusal(refused).orElse(submission),
					refused.fields().isEmpty() ? refused.reason() : null));
	}

	private String page(Model model, String reference, Authentication user, HttpServletRequest request,
			Submission question, String error, Integer asked) {
		ReadingCalls.PublicCall call = found(reference);
		model.addAttribute("view", new CallView(call.call(), ViewerZone.shown(request)));
		model.addAttribute("addenda", call.addenda());
		model.addAttribute("answers", call.answers());
		model.addAttribute("templates", this.templates.slots(call.call()));
		model.addAttribute("now", this.clock.instant());
		model.addAttribute("mayApply",
				user != null && Authorities.has(user, Role.APPLICANT.authority(), Role.MEMBER.authority()));
		model.addAttribute("manages", user != null && this.reading.managedBy(call.call(), user.getName()).isAccepted());
		model.addAttribute("submission", question);
		model.addAttribute("error", error);
		model.addAttribute("asked", asked);
		return "call";
	}

	private String form(Model model, String reference, HttpServletRequest request, Submission submission,
			String error) {
		model.addAttribute("view", new CallView(found(reference).call(), ViewerZone.shown(request)));
		model.addAttribute("submission", submission);
		model.addAttribute("error", error);
		model.addAttribute("proposal", null);
		return "proposal-form";
	}

	private ReadingCalls.PublicCall found(String reference) {
		return this.reading.publicCall(ref(reference))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"There is no published call " + reference + "."));
	}

	static Reference ref(String text) {
		return Reference.parse(text)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no call " + text + "."));
	}

}
