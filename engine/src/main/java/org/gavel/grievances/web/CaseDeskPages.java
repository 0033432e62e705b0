package org.gavel.grievances.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.gavel.forms.FormDefinitions;
import org.gavel.forms.Submission;
import org.gavel.grievances.GrievanceSettings;
import org.gavel.grievances.ReadingGrievances;
import org.gavel.grievances.model.CaseNumber;
import org.gavel.grievances.model.Grievance;
import org.gavel.grievances.model.WorkingCalendar;
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
 * The secretariat's case desk: every grievance with its stage and the working days left
 * before its deadline, and each case file whole, the complainant's identity included.
 */
@Controller
class CaseDeskPages {

	private final ReadingGrievances reading;

	private final GrievanceSettings settings;

	private final Clock clock;

	/** The form of each secretariat step. */
	private static final Map<String, String> FORMS = Map.of(GrievanceProcess.ACKNOWLEDGE, "grievance-acknowledgement",
			GrievanceProcess.CHECK_COMPLETENESS, "grievance-completeness", GrievanceProcess.REVIEW_TRIAGE,
			"grievance-triage-review", GrievanceProcess.MONITOR_ENGAGEMENT, "grievance-engagement-outcome");

	private final GrievanceProcesses processes;

	private final FormDefinitions forms;

	CaseDeskPages(ReadingGrievances reading, GrievanceSettings settings, Clock clock, GrievanceProcesses processes,
			FormDefinitions forms) {
		this.processes = processes;
		this.forms = forms;
		this.reading = reading;
		this.settings = settings;
		this.clock = clock;
	}

	@GetMapping("/grievances/desk")
	String desk(Model model) {
		WorkingCalendar calendar = this.settings.calendar();
		Instant now = this.clock.instant();
		List<Row> rows = this.reading.all().stream().map((grievance) -> {
			Instant due = grievance.nextDeadline();
			return new Row(grievance, Dates.at(grievance.filedAt(), this.settings.timeZone()),
					(due != null) ? Dates.deadline(due, this.settings.timeZone()) : null,
					(due != null) ? calendar.workingDaysLeft(now, due) : null, due != null && now.isAfter(due));
		}).toList();
		model.addAttribute("rows", rows);
		model.addAttribute("open", rows.stream().filter((row) -> !row.grievance().stage().ended()).count());
		model.addAttribute("breached", rows.stream().filter(Row::breached).count());
		return "grievance-desk";
	}

	@GetMapping("/grievances/desk/{number}")
	String file(@PathVariable String number, Model model) {
		ReadingGrievances.CaseFile file = caseFile(number);
		List<Step> steps = this.processes.open(file.grievance().number())
			.stream()
			.filter((task) -> FORMS.containsKey(task.getTaskDefinitionKey()))
			.map((task) -> new Step(task.getTaskDefinitionKey(), task.getName(),
					Submission.showing(this.forms.get(FORMS.get(task.getTaskDefinitionKey())), Map.of())))
			.toList();
		return show(file, steps, null, model);
	}

	@PostMapping("/grievances/desk/{number}/steps/{step}")
	String complete(@PathVariable String number, @PathVariable String step, @RequestParam Map<String, String> input,
			Authentication user, Model model) {
		ReadingGrievances.CaseFile file = caseFile(number);
		String form = FORMS.get(step);
		if (form == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no step " + step + ".");
		}
		Submission submission = this.forms.get(form).check(input);
		if (!submission.valid()) {
			return show(file, List.of(new Step(step, "Correct the fields marked", submission)), null, model);
		}
		return this.processes.complete(file.grievance().number(), step, user.getName(), submission.values())
			.fold((done) -> "redirect:/grievances/desk/" + file.grievance().number(), (refused) -> submission
				.withRefusal(refused)
				.map((shown) -> show(file, List.of(new Step(step, "Correct the fields marked", shown)), null, model))
				.orElseGet(() -> show(file, List.of(new Step(step, "Correct the fields marked", submission)),
						refused.message(), model)));
	}

	private ReadingGrievances.CaseFile caseFile(String number) {
		return CaseNumber.parse(number)
			.flatMap(this.reading::forSecretariat)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no case " + number + "."));
	}

	private String show(ReadingGrievances.CaseFile file, List<Step> steps, String error, Model model) {
		model.addAttribute("file", file);
		model.addAttribute("filedAt", Dates.at(file.grievance().filedAt(), this.settings.timeZone()));
		model.addAttribute("acknowledgeBy", Dates.deadline(file.grievance().acknowledgeBy(), this.settings.timeZone()));
		model.addAttribute("engagementDueBy", (file.grievance().engagementDueBy() != null)
				? Dates.deadline(file.grievance().engagementDueBy(), this.settings.timeZone()) : "");
		model.addAttribute("history",
				file.history()
					.stream()
					.map((event) -> new GrievancePages.Line(Dates.at(event.at(), this.settings.timeZone()),
							event.event().label() + " · " + event.actor(), event.detail()))
					.toList());
		model.addAttribute("steps", steps);
		model.addAttribute("acknowledged", GrievancePages.acknowledged(file));
		model.addAttribute("error", error);
		return "grievance-desk-case";
	}

	/**
	 * A step of the case waiting for the secretariat, with its form.
	 *
	 * @param key the step's id in the model
	 * @param name its name
	 * @param submission its form, empty or as submitted
	 */
	public record Step(String key, String name, Submission submission) {

	}

	/**
	 * A case on the desk.
	 *
	 * @param grievance the case
	 * @param filedAt when it was filed, shown
	 * @param dueAt the deadline its stage runs against, shown, or {@code null} if none
	 * @param daysLeft working days left before it, or {@code null}
	 * @param breached whether the deadline passed
	 */
	public record Row(Grievance grievance, String filedAt, String dueAt, Integer daysLeft, boolean breached) {

	}

}
