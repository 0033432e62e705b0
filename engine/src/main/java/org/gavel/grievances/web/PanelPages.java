package org.gavel.grievances.web;

import java.util.List;
import java.util.Map;

import org.gavel.grievances.DeclaringConflict;
import org.gavel.grievances.GrievanceSettings;
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

/**
 * The complaints panel's workspace: the cases whose panel is being formed (to declare a
 * conflict, without seeing who complained), and the cases a member sits on, whole, with
 * the respondent's reply and the decision to record. A case neither answers 404.
 */
@Controller
class PanelPages {

	private static final String DECISION_FORM = "grievance-panel-decision";

	private final ReadingGrievances reading;

	private final DeclaringConflict declaring;

	private final PanelCandidates candidates;

	private final GrievanceProcesses processes;

	private final CaseSteps steps;

	private final GrievanceSettings settings;

	PanelPages(ReadingGrievances reading, DeclaringConflict declaring, PanelCandidates candidates,
			GrievanceProcesses processes, CaseSteps steps, GrievanceSettings settings) {
		this.reading = reading;
		this.declaring = declaring;
		this.candidates = candidates;
		this.processes = processes;
		this.steps = steps;
		this.settings = settings;
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
		List<CaseSteps.Step> open = decisionOpen(found, user)
				? List.of(this.steps.empty(GrievanceProcess.DECIDE, "Decide the grievance", DECISION_FORM)) : List.of();
		return show(found, user, open, null, null, model);
	}

	@PostMapping("/grievances/panel/{number}/conflict")
	String declare(@PathVariable String number, @RequestParam(defaultValue = "") String reason, Authentication user,
			Model model) {
		ReadingGrievances.PanelCase found = panelCase(number, user);
		return this.declaring
			.declare(new DeclaringConflict.Declaration(found.file().grievance().number(), user.getName(), reason))
			.fold((done) -> "redirect:/grievances/panel/" + found.file().grievance().number(),
					(refused) -> show(found, user, List.of(), refused.message(), reason, model));
	}

	@PostMapping("/grievances/panel/{number}/decision")
	String decide(@PathVariable String number, @RequestParam Map<String, String> input, Authentication user,
			Model model) {
		ReadingGrievances.PanelCase found = panelCase(number, user);
		if (!decisionOpen(found, user)) {
			return show(found, user, List.of(),
					"Nothing of case " + found.file().grievance().number() + " waits for your decision.", null, model);
		}
		CaseSteps.Result result = this.steps.submit(found.file().grievance().number(), GrievanceProcess.DECIDE,
				DECISION_FORM, user.getName(), input);
		return result.done() ? "redirect:/grievances/panel/" + found.file().grievance().number()
				: show(found, user, List.of(result.step()), result.error(), null, model);
	}

	private boolean decisionOpen(ReadingGrievances.PanelCase found, Authentication user) {
		return found.seated() && this.processes.open(found.file().grievance().number(), GrievanceProcess.DECIDE)
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
		model.addAttribute("panel", PanelView.of(found.panel(), this.candidates.all(), this.settings.timeZone()));
		model.addAttribute("declared", found.panel().conflicts().get(user.getName()));
		model.addAttribute("history", GrievancePages.Line.withActors(file.history(), this.settings.timeZone()));
		model.addAttribute("steps", open);
		model.addAttribute("error", error);
		model.addAttribute("reason", (reason == null) ? "" : reason);
		return "grievance-panel-case";
	}

}
