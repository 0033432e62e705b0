package org.gavel.grievances.web;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.gavel.grievances.model.AppealFile;
import org.gavel.grievances.model.Grievance;
import org.gavel.grievances.model.Stage;
import org.gavel.grievances.model.TrackedAction;
import org.gavel.system.Dates;

import org.springframework.ui.Model;

/**
 * The appeal and the corrective actions of a decided case as its pages show them: the
 * window, the appeal, the appeal panel and its decision, and each action open or found
 * completed.
 *
 * @param appealBy when the appeal window closes, shown, or "" before the decision
 * @param open whether a party may appeal now
 * @param appellant who appealed, or ""
 * @param lodgedAt when, shown, or ""
 * @param grounds the grounds, or ""; the pages of the secretariat and the panels only
 * show them
 * @param panel the appeal panel's members and expert, or ""
 * @param decideBy when the appeal panel's decision is due, shown, or ""
 * @param result what it did with the first decision, or ""
 * @param reasons why, or ""
 * @param actions the corrective actions of the decision in force
 */
public record AppealView(String appealBy, boolean open, String appellant, String lodgedAt, String grounds, String panel,
		String decideBy, String result, String reasons, List<Action> actions) {

	/**
	 * Puts a case's appeal part into a page's model, with what its template reads.
	 * @param model the page's model
	 * @param view the appeal and actions
	 * @param appealAction where a party appeals from this page, or ""
	 * @param showGrounds whether the page shows the grounds of appeal
	 * @param actionsAction where the secretariat records an action completed, or ""
	 */
	static void show(Model model, AppealView view, String appealAction, boolean showGrounds, String actionsAction) {
		model.addAttribute("appeal", view);
		model.addAttribute("appealAction", appealAction);
		model.addAttribute("showGrounds", showGrounds);
		model.addAttribute("actionsAction", actionsAction);
		for (String optional : new String[] { "appealError", "actionError" }) {
			if (!model.containsAttribute(optional)) {
				model.addAttribute(optional, null);
			}
		}
		if (!model.containsAttribute("grounds")) {
			model.addAttribute("grounds", "");
		}
	}

	static AppealView of(Grievance grievance, AppealFile file, List<TrackedAction> actions, Instant now, ZoneId zone) {
		return new AppealView(file.appealBy().map((at) -> Dates.deadline(at, zone)).orElse(""),
				grievance.stage() == Stage.DECIDED && file.appeal().isEmpty()
						&& file.appealBy().filter(now::isBefore).isPresent(),
				file.appeal().map((appeal) -> appeal.appellant().label()).orElse(""),
				file.appeal().map((appeal) -> Dates.at(appeal.at(), zone)).orElse(""),
				file.appeal().map((appeal) -> appeal.grounds()).orElse(""),
				file.panel()
					.map((panel) -> String.join(", ", panel.members()) + "; external expert " + panel.expert())
					.orElse(""),
				file.decideBy().map((at) -> Dates.deadline(at, zone)).orElse(""),
				file.decision().map((decision) -> decision.result().label()).orElse(""),
				file.decision().map((decision) -> decision.reasons()).orElse(""),
				actions.stream().map((tracked) -> Action.of(tracked, zone)).toList());
	}

	/**
	 * A corrective action as shown.
	 *
	 * @param position its place, from 1
	 * @param action what is to be done
	 * @param dueBy by when
	 * @param completed whether it was found completed
	 * @param completion when and by whom, or ""
	 * @param note the evidence of its completion, or ""
	 */
	public record Action(int position, String action, String dueBy, boolean completed, String completion, String note) {

		static Action of(TrackedAction tracked, ZoneId zone) {
			return new Action(tracked.position(), tracked.action().action(), tracked.action().dueBy().toString(),
					tracked.completed(),
					tracked.completion().map((done) -> Dates.at(done.at(), zone) + ", " + done.by()).orElse(""),
					tracked.completion().map(TrackedAction.Completion::note).orElse(""));
		}

	}

}
