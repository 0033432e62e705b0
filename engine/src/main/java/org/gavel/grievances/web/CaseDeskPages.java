package org.gavel.grievances.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.gavel.grievances.CompletingCorrectiveAction;
import org.gavel.grievances.GrievanceSettings;
import org.gavel.grievances.Investigator;
import org.gavel.grievances.LiftingSuspension;
import org.gavel.grievances.PanelCandidates;
import org.gavel.grievances.ReadingGrievances;
import org.gavel.grievances.model.AppealFile;
import org.gavel.grievances.model.CaseNumber;
import org.gavel.grievances.model.Grievance;
import org.gavel.grievances.model.Stage;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

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
	static final String NOTE_ADDED = "Your internal note is added; the parties do not see it.";

	static final String ASKED = "Your question is sent; the case page shows when it is answered.";

	static final String WITHDRAWN = "The question is withdrawn.";

	private static final Map<String, String> FORMS = Map.of(GrievanceProcess.ACKNOWLEDGE, "grievance-acknowledgement",
			GrievanceProcess.CHECK_COMPLETENESS, "grievance-completeness", GrievanceProcess.REVIEW_TRIAGE,
			"grievance-triage-review", GrievanceProcess.MONITOR_ENGAGEMENT, "grievance-engagement-outcome",
			GrievanceProcess.FORM_PANEL, "grievance-panel-formation", GrievanceProcess.FORM_APPEAL_PANEL,
			"grievance-appeal-panel-formation", GrievanceProcess.MONITOR_ACTIONS, "grievance-actions-monitoring");

	private final GrievanceProcesses processes;

	private final CaseSteps steps;

	private final PanelCandidates candidates;

	private final CompletingCorrectiveAction completing;

	private final InvestigationPart investigation;

	private final LiftingSuspension lifting;

	CaseDeskPages(ReadingGrievances reading, GrievanceSettings settings, Clock clock, GrievanceProcesses processes,
			CaseSteps steps, PanelCandidates candidates, CompletingCorrectiveAction completing,
			InvestigationPart investigation, LiftingSuspension lifting) {
		this.lifting = lifting;
		this.completing = completing;
		this.investigation = investigation;
		this.processes = processes;
		this.steps = steps;
		this.candidates = candidates;
		this.reading = reading;
		this.settings = settings;
		this.clock = clock;
	}

	@GetMapping("/grievances/desk")
	String desk(Model model) {
		WorkingCalendar calendar = this.settings.calendar();
		Instant now = this.clock.instant();
		Set<UUID> waiting = this.investigation.waitingForComplainant();
		List<Row> rows = this.reading.all().stream().map((grievance) -> {
			Instant due = deadline(grievance, now);
			boolean stopped = due != null && waiting.contains(grievance.id());
			// the appeal window is a period the parties have, not a deadline to breach
			boolean breached = !stopped && due != null && now.isAfter(due) && grievance.stage() != Stage.DECIDED;
			return new Row(grievance, Dates.at(grievance.filedAt(), this.settings.timeZone()),
					(due != null) ? Dates.deadline(due, this.settings.timeZone()) : null,
					(due != null) ? calendar.workingDaysLeft(now, due) : null, breached, stopped);
		}).toList();
		model.addAttribute("rows", rows);
		model.addAttribute("open", rows.stream().filter((row) -> !row.grievance().stage().ended()).count());
		model.addAttribute("breached", rows.stream().filter(Row::breached).count());
		return "grievance-desk";
	}

	/**
	 * The deadline a case's stage runs against: the panel's reply or decision, the end of
	 * the appeal window, the appeal panel's decision, the last corrective action still
	 * open; else the stage's own.
	 */
	private Instant deadline(Grievance grievance, Instant now) {
		return switch (grievance.stage()) {
			case PANEL -> this.reading.panelFile(grievance).nextDeadline(now).orElse(null);
			case DECIDED -> this.reading.appealFile(grievance).appealBy().orElse(null);
			case APPEAL -> {
				AppealFile appeal = this.reading.appealFile(grievance);
				yield appeal.decision().isPresent() ? null : appeal.decideBy().orElse(null);
			}
			case MONITORING -> this.reading.actions(grievance).stream().anyMatch((action) -> !action.completed())
					? this.reading.panelFile(grievance)
						.decision()
						.flatMap((decision) -> decision.actionsDueAt(this.settings.timeZone()))
						.orElse(null)
					: null;
			// the EC's review runs on its own deadlines, shown on its item
			case SANCTION -> null;
			default -> grievance.nextDeadline();
		};
	}

	@GetMapping("/grievances/desk/{number}")
	String file(@PathVariable String number, Model model) {
		ReadingGrievances.CaseFile file = caseFile(number);
		return show(file, openSteps(file), null, model);
	}

	private List<CaseSteps.Step> openSteps(ReadingGrievances.CaseFile file) {
		return this.processes.open(file.grievance().number())
			.stream()
			.filter((task) -> FORMS.containsKey(task.getTaskDefinitionKey()))
			.map((task) -> this.steps.empty(task.getTaskDefinitionKey(), task.getName(),
					FORMS.get(task.getTaskDefinitionKey())))
			.toList();
	}

	@PostMapping("/grievances/desk/{number}/notes")
	String addNote(@PathVariable String number, @RequestParam Map<String, String> input, Authentication user,
			Model model, RedirectAttributes redirect) {
		ReadingGrievances.CaseFile file = caseFile(number);
		return investigated(file, this.investigation.addNote(file.grievance().number(),
				Investigator.ofSecretariat(user.getName()), input), model, redirect, NOTE_ADDED);
	}

	@PostMapping("/grievances/desk/{number}/requests")
	String ask(@PathVariable String number, @RequestParam Map<String, String> input, Authentication user, Model model,
			RedirectAttributes redirect) {
		ReadingGrievances.CaseFile file = caseFile(number);
		return investigated(file,
				this.investigation.ask(file.grievance().number(), Investigator.ofSecretariat(user.getName()), input),
				model, redirect, ASKED);
	}

	@PostMapping("/grievances/desk/{number}/requests/{request}/withdraw")
	String withdraw(@PathVariable String number, @PathVariable UUID request, Authentication user, Model model,
			RedirectAttributes redirect) {
		ReadingGrievances.CaseFile file = caseFile(number);
		return investigated(file, this.investigation.withdraw(file.grievance().number(),
				Investigator.ofSecretariat(user.getName()), request), model, redirect, WITHDRAWN);
	}

	@PostMapping("/grievances/desk/{number}/evidence/{evidence}")
	String share(@PathVariable String number, @PathVariable UUID evidence, @RequestParam Map<String, String> input,
			@RequestParam(name = "copy", required = false) MultipartFile copy, Authentication user, Model model,
			RedirectAttributes redirect) {
		ReadingGrievances.CaseFile file = caseFile(number);
		return investigated(file,
				this.investigation.share(file.grievance().number(), user.getName(), evidence, input,
						GrievancePages.file(copy)),
				model, redirect, "Your decision on sharing this evidence is recorded.");
	}

	/**
	 * The case file again after an investigation's form: updated, or with the refusal.
	 */
	private String investigated(ReadingGrievances.CaseFile file, Optional<Attempt> refused, Model model,
			RedirectAttributes redirect, String notice) {
		if (refused.isEmpty()) {
			redirect.addFlashAttribute("notice", notice);
			return "redirect:/grievances/desk/" + file.grievance().number() + "#investigation";
		}
		model.addAttribute("attempt", refused.get());
		return show(file, openSteps(file), null, model);
	}

	@PostMapping("/grievances/desk/{number}/steps/{step}")
	String complete(@PathVariable String number, @PathVariable String step, @RequestParam Map<String, String> input,
			Authentication user, Model model, RedirectAttributes redirect) {
		ReadingGrievances.CaseFile file = caseFile(number);
		String form = FORMS.get(step);
		if (form == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no step " + step + ".");
		}
		CaseSteps.Result result = this.steps.submit(file.grievance().number(), step, form, user.getName(), input);
		if (result.done()) {
			redirect.addFlashAttribute("notice",
					"Recorded for case " + file.grievance().number() + "; its next step is below.");
			return "redirect:/grievances/desk/" + file.grievance().number();
		}
		return show(file, List.of(result.step()), result.error(), model);
	}

	@PostMapping("/grievances/desk/{number}/lift-suspension")
	String liftSuspension(@PathVariable String number, @RequestParam(required = false) String reason,
			Authentication user, Model model, RedirectAttributes redirect) {
		ReadingGrievances.CaseFile file = caseFile(number);
		return this.lifting.lift(new LiftingSuspension.Lift(file.grievance().number(), user.getName(), reason))
			.fold((done) -> {
				redirect.addFlashAttribute("notice",
						"The suspension of case " + file.grievance().number() + " is lifted; the case goes on.");
				return "redirect:/grievances/desk/" + file.grievance().number();
			}, (refused) -> {
				model.addAttribute("liftError", refused.message());
				return file(number, model);
			});
	}

	@PostMapping("/grievances/desk/{number}/actions/{position}")
	String actionCompleted(@PathVariable String number, @PathVariable int position,
			@RequestParam(required = false) String note, Authentication user, Model model,
			RedirectAttributes redirect) {
		ReadingGrievances.CaseFile file = caseFile(number);
		return this.completing
			.complete(new CompletingCorrectiveAction.Completion(file.grievance().number(), user.getName(), position,
					note))
			.fold((done) -> {
				redirect.addFlashAttribute("notice", "Corrective action " + position + " is marked complete.");
				return "redirect:/grievances/desk/" + file.grievance().number() + "#actions";
			}, (refused) -> {
				model.addAttribute("actionError", refused.message());
				return file(number, model);
			});
	}

	private ReadingGrievances.CaseFile caseFile(String number) {
		return CaseNumber.parse(number)
			.flatMap(this.reading::forSecretariat)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no case " + number + "."));
	}

	private String show(ReadingGrievances.CaseFile file, List<CaseSteps.Step> steps, String error, Model model) {
		model.addAttribute("file", file);
		model.addAttribute("filedAt", Dates.at(file.grievance().filedAt(), this.settings.timeZone()));
		model.addAttribute("acknowledgeBy", Dates.deadline(file.grievance().acknowledgeBy(), this.settings.timeZone()));
		model.addAttribute("engagementDueBy", (file.grievance().engagementDueBy() != null)
				? Dates.deadline(file.grievance().engagementDueBy(), this.settings.timeZone()) : "");
		model.addAttribute("history", GrievancePages.Line.withActors(file.history(), this.settings.timeZone()));
		model.addAttribute("steps", steps);
		model.addAttribute("panel", PanelView.of(this.reading.panelFile(file.grievance()),
				this.reading.putToVote(file.grievance()), this.candidates.all(), this.settings.timeZone()));
		model.addAttribute("acknowledged", GrievancePages.acknowledged(file));
		model.addAttribute("decided", GrievancePages.decided(file));
		model.addAttribute("error", error);
		model.addAttribute("liftable", this.lifting.liftable(file.grievance().number()));
		if (!model.containsAttribute("liftError")) {
			model.addAttribute("liftError", "");
		}
		AppealView.show(model,
				AppealView.of(file.grievance(), this.reading.appealFile(file.grievance()),
						this.reading.actions(file.grievance()), this.clock.instant(), this.settings.timeZone()),
				"", true, (file.grievance().stage() == Stage.MONITORING)
						? "/grievances/desk/" + file.grievance().number() + "/actions" : "");
		model.addAttribute("investigation", this.investigation.forStaff(file.grievance(),
				this.reading.panelFile(file.grievance()), false, "/grievances/desk/" + file.grievance().number()));
		if (!model.containsAttribute("attempt")) {
			model.addAttribute("attempt", Attempt.NONE);
		}
		return "grievance-desk-case";
	}

	/**
	 * A case on the desk.
	 *
	 * @param grievance the case
	 * @param filedAt when it was filed, shown
	 * @param dueAt the deadline its stage runs against, shown, or {@code null} if none
	 * @param daysLeft working days left before it, or {@code null}
	 * @param breached whether the deadline passed, its clock running
	 * @param clockStopped whether its clock stands still: it waits for the complainant's
	 * answer to a question
	 */
	public record Row(Grievance grievance, String filedAt, String dueAt, Integer daysLeft, boolean breached,
			boolean clockStopped) {

		/**
		 * The working days left as the desk shows them.
		 * @return e.g. "3" or "0", or "" when the case runs against no deadline
		 */
		public String left() {
			return (this.daysLeft != null) ? this.daysLeft.toString() : "";
		}

	}

}
