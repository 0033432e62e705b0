package org.gavel.resolutions.process;

import java.util.Date;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.gavel.resolutions.DecidingResolution;
import org.gavel.resolutions.DraftingResolution;
import org.gavel.resolutions.model.Resolution;
import org.gavel.resolutions.model.ResolutionType;
import org.gavel.resolutions.persistence.Resolutions;

import org.springframework.stereotype.Component;

/**
 * The task listeners of {@code GaResolutionProcess} ({@code ${resolutionTasks.x(task)}}):
 * on completion each hands the form's values to its use case, which refuses bad input by
 * throwing, so the task stays open and nothing is written; on creation some fill the form
 * with what is there already.
 */
@Component("resolutionTasks")
public class ResolutionTasks {

	private final DraftingResolution drafting;

	private final DecidingResolution deciding;

	private final Resolutions resolutions;

	ResolutionTasks(DraftingResolution drafting, DecidingResolution deciding, Resolutions resolutions) {
		this.drafting = drafting;
		this.deciding = deciding;
		this.resolutions = resolutions;
	}

	public void endorsed(DelegateTask task) {
		this.drafting.endorse(GaResolutionProcess.resolutionId(task), task.getAssignee(),
				"endorse".equals(text(task, "endorsement")), text(task, "statement"));
	}

	public void submitted(DelegateTask task) {
		this.drafting.submit(GaResolutionProcess.resolutionId(task), task.getAssignee());
	}

	public void reviewed(DelegateTask task) {
		var due = this.deciding.review(GaResolutionProcess.resolutionId(task), task.getAssignee(),
				text(task, GaResolutionProcess.DECISION), text(task, GaResolutionProcess.COMMENTS),
				text(task, "resubmitBy"));
		task.getExecution().setVariable(GaResolutionProcess.RESUBMIT_BY, (due != null) ? Date.from(due) : null);
		task.getExecution()
			.setVariable(GaResolutionProcess.ASK_EC_POSITION,
					Boolean.TRUE.equals(task.getVariable(GaResolutionProcess.ASK_EC_POSITION)));
	}

	/** Shows the current text in the revision form (Tasklist reads task variables). */
	public void revising(DelegateTask task) {
		Resolution r = this.resolutions.find(GaResolutionProcess.resolutionId(task)).orElseThrow();
		task.setVariableLocal("title", r.title());
		task.setVariableLocal("type", r.type().value());
		task.setVariableLocal("rationale", r.rationale());
		task.setVariableLocal("operativeText", r.operativeText());
	}

	public void revised(DelegateTask task) {
		UUID id = GaResolutionProcess.resolutionId(task);
		this.drafting.revise(id, task.getAssignee(),
				new DraftingResolution.Revision(text(task, "title"),
						ResolutionType.ofValue(text(task, "type")).orElse(ResolutionType.ORDINARY),
						text(task, "rationale"), text(task, "operativeText"), text(task, "changeNote")));
	}

	/** Suggests the stance the EC's decision implies. */
	public void positioning(DelegateTask task) {
		task.setVariableLocal("stance",
				"APPROVED".equals(task.getVariable(GaResolutionProcess.EC_DECISION)) ? "support" : "oppose");
	}

	public void positioned(DelegateTask task) {
		String approval = text(task, GaResolutionProcess.EC_APPROVAL_ID);
		this.deciding.ecPosition(GaResolutionProcess.resolutionId(task),
				(approval != null) ? UUID.fromString(approval) : null, task.getAssignee(), text(task, "stance"),
				text(task, "statement"));
	}

	private static String text(DelegateTask task, String name) {
		Object value = task.getVariable(name);
		return (value != null) ? value.toString() : null;
	}

}
