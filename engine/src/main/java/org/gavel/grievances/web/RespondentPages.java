package org.gavel.grievances.web;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.gavel.grievances.GrievanceSettings;
import org.gavel.grievances.LodgingAppeal;
import org.gavel.grievances.ReadingGrievances;
import org.gavel.grievances.model.CaseNumber;
import org.gavel.grievances.model.InformationRequest;
import org.gavel.grievances.model.Party;
import org.gavel.grievances.process.GrievanceProcess;
import org.gavel.grievances.process.GrievanceProcesses;
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
 * The respondent's reply page, for the representatives of the member organisation a
 * grievance is about (or of the secretariat, when it is about the secretariat): the
 * allegation put to them by the complaints panel, the reply to send by its deadline, and
 * the panel's decision. A complainant who asked for confidentiality or filed anonymously
 * is never shown. Anyone else gets 404.
 */
@Controller
class RespondentPages {

	private static final String REPLY_FORM = "grievance-reply";

	private final ReadingGrievances reading;

	private final GrievanceProcesses processes;

	private final CaseSteps steps;

	private final GrievanceSettings settings;

	private final Clock clock;

	private final InvestigationPart investigation;

	RespondentPages(ReadingGrievances reading, GrievanceProcesses processes, CaseSteps steps,
			GrievanceSettings settings, Clock clock, InvestigationPart investigation) {
		this.clock = clock;
		this.investigation = investigation;
		this.reading = reading;
		this.processes = processes;
		this.steps = steps;
		this.settings = settings;
	}

	@GetMapping("/grievances/respond")
	String cases(Authentication user, Model model) {
		model.addAttribute("cases", this.reading.respondentCases(user.getName()));
		return "grievance-respond";
	}

	@GetMapping("/grievances/respond/{number}")
	String caseFile(@PathVariable String number, Authentication user, Model model) {
		ReadingGrievances.RespondentCase found = respondentCase(number, user);
		return show(found, openSteps(found), null, model);
	}

	@PostMapping("/grievances/respond/{number}/reply")
	String reply(@PathVariable String number, @RequestParam Map<String, String> input, Authentication user, Model model,
			RedirectAttributes redirect) {
		ReadingGrievances.RespondentCase found = respondentCase(number, user);
		if (!replyOpen(found)) {
			return show(found, List.of(), "The reply to case " + found.grievance().number()
					+ " is closed: it was sent, or its last day passed.", model);
		}
		CaseSteps.Result result = this.steps.submit(found.grievance().number(), GrievanceProcess.AWAIT_REPLY,
				REPLY_FORM, user.getName(), input);
		if (result.done()) {
			redirect.addFlashAttribute("notice",
					"Your reply to case " + found.grievance().number() + " is sent to the secretariat.");
			return "redirect:/grievances/respond/" + found.grievance().number();
		}
		return show(found, List.of(result.step()), result.error(), model);
	}

	@PostMapping("/grievances/respond/{number}/appeal")
	String appeal(@PathVariable String number, @RequestParam(required = false) String grounds, Authentication user,
			Model model, RedirectAttributes redirect) {
		ReadingGrievances.RespondentCase found = respondentCase(number, user);
		return this.processes
			.appeal(new LodgingAppeal.Lodging(found.grievance().number(), Party.RESPONDENT, user.getName(), grounds))
			.fold((done) -> {
				redirect.addFlashAttribute("notice", "Your appeal is lodged; an appeal panel will decide it.");
				return "redirect:/grievances/respond/" + found.grievance().number() + "#appeal";
			}, (refused) -> {
				model.addAttribute("grounds", (grounds != null) ? grounds : "");
				model.addAttribute("appealError", refused.reason());
				return show(found, List.of(), null, model);
			});
	}

	@PostMapping("/grievances/respond/{number}/answer")
	String answer(@PathVariable String number, @RequestParam Map<String, String> input, Authentication user,
			Model model, RedirectAttributes redirect) {
		ReadingGrievances.RespondentCase found = respondentCase(number, user);
		return this.investigation
			.answer(found.grievance().number(), InformationRequest.Party.RESPONDENT, user.getName(), input, List.of())
			.map((refused) -> {
				model.addAttribute("attempt", refused);
				return show(found, openSteps(found), null, model);
			})
			.orElseGet(() -> {
				redirect.addFlashAttribute("notice", "Your answer is sent to the secretariat.");
				return "redirect:/grievances/respond/" + found.grievance().number() + "#questions";
			});
	}

	private List<CaseSteps.Step> openSteps(ReadingGrievances.RespondentCase found) {
		return replyOpen(found) ? List.of(this.steps.empty(GrievanceProcess.AWAIT_REPLY, "Your reply", REPLY_FORM))
				: List.of();
	}

	private boolean replyOpen(ReadingGrievances.RespondentCase found) {
		return found.reply().isEmpty()
				&& this.processes.open(found.grievance().number(), GrievanceProcess.AWAIT_REPLY).isPresent();
	}

	private ReadingGrievances.RespondentCase respondentCase(String number, Authentication user) {
		return CaseNumber.parse(number)
			.flatMap((parsed) -> this.reading.forRespondent(parsed, user.getName()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"There is no case " + number + " put to your organisation."));
	}

	private String show(ReadingGrievances.RespondentCase found, List<CaseSteps.Step> open, String error, Model model) {
		model.addAttribute("found", found);
		model.addAttribute("filedAt", Dates.at(found.grievance().filedAt(), this.settings.timeZone()));
		model.addAttribute("replyBy", Dates.deadline(found.replyBy(), this.settings.timeZone()));
		model.addAttribute("lastDay", Dates.deadline(found.lastDay(), this.settings.timeZone()));
		model.addAttribute("history", GrievancePages.Line.stepsOnly(found.history(), this.settings.timeZone()));
		model.addAttribute("steps", open);
		model.addAttribute("error", error);
		AppealView.show(model,
				AppealView.of(found.grievance(), found.appeal(), found.actions(), this.clock.instant(),
						this.settings.timeZone()),
				"/grievances/respond/" + found.grievance().number() + "/appeal", false, "");
		model.addAttribute("investigation", this.investigation.forRespondent(found.grievance()));
		if (!model.containsAttribute("attempt")) {
			model.addAttribute("attempt", Attempt.NONE);
		}
		return "grievance-respond-case";
	}

}
