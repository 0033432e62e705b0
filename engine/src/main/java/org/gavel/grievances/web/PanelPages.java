package org.gavel.grievances.web;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.gavel.grievances.DeclaringConflict;
import org.gavel.grievances.GrievanceSettings;
import org.gavel.grievances.Investigator;
import org.gavel.grievances.PanelCandidates;
import org.gavel.grievances.ReadingGrievances;
import org.gavel.grievances.model.CaseNumber;
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
 * The complaints panel's workspace: the cases whose panel is being formed (to declare a
 * conflict, without seeing who complained), and the cases a member sits on, whole, with
 * the respondent's reply and the decision to record. A case neither answers 404.
 */
@Controller
class PanelPages {

	private static final String DECISION_FORM = "grievance-panel-decision";

	private static final String APPEAL_DECISION_FORM = "grievance-appeal-decision";

	private final ReadingGrievances reading;

	private final DeclaringConflict declaring;

	private final PanelCandidates candidates;

	private final GrievanceProcesses processes;

	private final CaseSteps steps;

	private final GrievanceSettings settings;

	private final Clock clock;

	private final InvestigationPart investigation;

	PanelPages(ReadingGrievances reading, DeclaringConflict declaring, PanelCandidates candidates,
			GrievanceProcesses processes, CaseSteps steps, GrievanceSettings settings, Clock clock,
			InvestigationPart investigation) {
		this.clock = clock;
		this.reading = reading;
		this.declaring = declaring;
		this.candidates = candidates;
		this.processes = processes;
		this.steps = steps;
		this.settings = settings;
		this.investigation = investigation;
	}

	@GetMapping("/grievances/panel")
	String workspace(Authentication user, Model model) {
		List<ReadingGrievances.PanelCase> cases = this.reading.panelCases(user.getName());
		model.addAttribute("forming", cases.stream().filter((c) -> !c.seated()).toList());
		model.addAttribute("seated", cases.stream().filter(ReadingGrievances.PanelCase::seated).toList());
		model.addAttribute("username", user.getName());
		return "grievance-panel";
	}

	@GetMapping("/grievances/panel/{number}")
	String caseFile(@PathVariable String number, Authentication user, Model model) {
		ReadingGrievances.PanelCase found = panelCase(number, user);
		return show(found, user, openSteps(found, user), null, null, model);
	}

	@PostMapping("/grievances/panel/{number}/conflict")
	String declare(@PathVariable String number, @RequestParam(defaultValue = "") String reason, Authentication user,
			Model model, RedirectAttributes redirect) {
		ReadingGrievances.PanelCase found = panelCase(number, user);
		return this.declaring
			.declare(new DeclaringConflict.Declaration(found.file().grievance().number(), user.getName(), reason))
			.fold((done) -> {
				redirect.addFlashAttribute("notice", "Your conflict of interest is recorded; you are recused from case "
						+ found.file().grievance().number() + ".");
				return "redirect:/grievances/panel/" + found.file().grievance().number();
			}, (refused) -> show(found, user, List.of(), refused.message(), reason, model));
	}

	@PostMapping("/grievances/panel/{number}/decision")
	String decide(@PathVariable String number, @RequestParam Map<String, String> input, Authentication user,
			Model model, RedirectAttributes redirect) {
		return submit(number, GrievanceProcess.DECIDE, DECISION_FORM, user, input, model, redirect,
				"Your decision on case " + number + " is recorded.");
	}

	@PostMapping("/grievances/panel/{number}/appeal-decision")
	String decideAppeal(@PathVariable String number, @RequestParam Map<String, String> input, Authentication user,
			Model model, RedirectAttributes redirect) {
		return submit(number, GrievanceProcess.DECIDE_APPEAL, APPEAL_DECISION_FORM, user, input, model, redirect,
				"Your decision on the appeal in case " + number + " is recorded.");
	}

	/** Submits the decision a panel's member records, the first panel's or on appeal. */
	private String submit(String number, String step, String form, Authentication user, Map<String, String> input,
			Model model, RedirectAttributes redirect, String notice) {
		ReadingGrievances.PanelCase found = panelCase(number, user);
		CaseNumber parsed = found.file().grievance().number();
		if (!open(found, user, step)) {
			return show(found, user, List.of(), "Nothing of case " + parsed + " waits for your decision.", null, model);
		}
		CaseSteps.Result result = this.steps.submit(parsed, step, form, user.getName(), input);
		if (result.done()) {
			redirect.addFlashAttribute("notice", notice);
			return "redirect:/grievances/panel/" + parsed;
		}
		return show(found, user, List.of(result.step()), result.error(), null, model);
	}

	@PostMapping("/grievances/panel/{number}/measures")
	String recordMeasure(@PathVariable String number, @RequestParam Map<String, String> input, Authentication user,
			Model model, RedirectAttributes redirect) {
		ReadingGrievances.PanelCase found = seatedCase(number, user);
		return investigated(found, user,
				this.investigation.recordMeasure(found.file().grievance().number(), user.getName(), input), model,
				redirect, "The interim measure is recorded.");
	}

	@PostMapping("/grievances/panel/{number}/measures/{measure}/lift")
	String liftMeasure(@PathVariable String number, @PathVariable UUID measure, @RequestParam Map<String, String> input,
			Authentication user, Model model, RedirectAttributes redirect) {
		ReadingGrievances.PanelCase found = seatedCase(number, user);
		return investigated(found, user,
				this.investigation.liftMeasure(found.file().grievance().number(), user.getName(), measure, input),
				model, redirect, "The interim measure is lifted.");
	}

	@PostMapping("/grievances/panel/{number}/notes")
	String addNote(@PathVariable String number, @RequestParam Map<String, String> input, Authentication user,
			Model model, RedirectAttributes redirect) {
		ReadingGrievances.PanelCase found = seatedCase(number, user);
		return investigated(found, user, this.investigation.addNote(found.file().grievance().number(),
				Investigator.panelMember(user.getName()), input), model, redirect, CaseDeskPages.NOTE_ADDED);
	}

	@PostMapping("/grievances/panel/{number}/requests")
	String ask(@PathVariable String number, @RequestParam Map<String, String> input, Authentication user, Model model,
			RedirectAttributes redirect) {
		ReadingGrievances.PanelCase found = seatedCase(number, user);
		return investigated(found, user, this.investigation.ask(found.file().grievance().number(),
				Investigator.panelMember(user.getName()), input), model, redirect, CaseDeskPages.ASKED);
	}

	@PostMapping("/grievances/panel/{number}/requests/{request}/withdraw")
	String withdraw(@PathVariable String number, @PathVariable UUID request, Authentication user, Model model,
			RedirectAttributes redirect) {
		ReadingGrievances.PanelCase found = seatedCase(number, user);
		return investigated(found, user, this.investigation.withdraw(found.file().grievance().number(),
				Investigator.panelMember(user.getName()), request), model, redirect, CaseDeskPages.WITHDRAWN);
	}

	/**
	 * The case page again after an investigation's form: updated, or with the refusal.
	 */
	private String investigated(ReadingGrievances.PanelCase found, Authentication user, Optional<Attempt> refused,
			Model model, RedirectAttributes redirect, String notice) {
		if (refused.isEmpty()) {
			redirect.addFlashAttribute("notice", notice);
			return "redirect:/grievances/panel/" + found.file().grievance().number() + "#investigation";
		}
		model.addAttribute("attempt", refused.get());
		return show(found, user, openSteps(found, user), null, null, model);
	}

	private List<CaseSteps.Step> openSteps(ReadingGrievances.PanelCase found, Authentication user) {
		return open(found, user, GrievanceProcess.DECIDE)
				? List.of(this.steps.empty(GrievanceProcess.DECIDE, "Decide the grievance", DECISION_FORM))
				: open(found, user, GrievanceProcess.DECIDE_APPEAL) ? List
					.of(this.steps.empty(GrievanceProcess.DECIDE_APPEAL, "Decide the appeal", APPEAL_DECISION_FORM))
						: List.of();
	}

	/** A case the signed-in member sits on the panel of, else 404. */
	private ReadingGrievances.PanelCase seatedCase(String number, Authentication user) {
		ReadingGrievances.PanelCase found = panelCase(number, user);
		if (!found.seated()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND,
					"There is no case " + number + " for you: you do not sit on its panel.");
		}
		return found;
	}

	/**
	 * Whether a decision waits for this person: the first panel's if they sit on it, the
	 * appeal's if they sit on the appeal panel, unless another member took it.
	 */
	private boolean open(ReadingGrievances.PanelCase found, Authentication user, String step) {
		boolean sits = step.equals(GrievanceProcess.DECIDE_APPEAL) ? found.appealSeated()
				: found.panel().panel().filter((panel) -> panel.seats(user.getName())).isPresent();
		return sits && this.processes.open(found.file().grievance().number(), step)
			.filter((task) -> task.getAssignee() == null || task.getAssignee().equals(user.getName()))
			.isPresent();
	}

	private ReadingGrievances.PanelCase panelCase(String number, Authentication user) {
		return CaseNumber.parse(number)
			.flatMap((parsed) -> this.reading.forPanel(parsed, user.getName()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no case " + number
					+ " for you: you sit on its panel, or may declare a conflict while it is formed."));
	}

	private String show(ReadingGrievances.PanelCase found, Authentication user, List<CaseSteps.Step> open, String error,
			String reason, Model model) {
		ReadingGrievances.CaseFile file = found.file();
		model.addAttribute("found", found);
		model.addAttribute("file", file);
		model.addAttribute("filedAt", Dates.at(file.grievance().filedAt(), this.settings.timeZone()));
		model.addAttribute("panel", PanelView.of(found.panel(), this.reading.putToVote(file.grievance()),
				this.candidates.all(), this.settings.timeZone()));
		model.addAttribute("declared", found.panel().conflicts().get(user.getName()));
		model.addAttribute("history", GrievancePages.Line.withActors(file.history(), this.settings.timeZone()));
		model.addAttribute("steps", open);
		model.addAttribute("error", error);
		model.addAttribute("reason", (reason == null) ? "" : reason);
		AppealView.show(model,
				AppealView.of(file.grievance(), found.appeal(),
						found.seated() ? this.reading.actions(file.grievance()) : List.of(), this.clock.instant(),
						this.settings.timeZone()),
				"", found.seated(), "");
		model.addAttribute("investigation", found.seated() ? this.investigation.forStaff(file.grievance(),
				found.panel(), true, "/grievances/panel/" + file.grievance().number()) : null);
		if (!model.containsAttribute("attempt")) {
			model.addAttribute("attempt", Attempt.NONE);
		}
		return "grievance-panel-case";
	}

}
