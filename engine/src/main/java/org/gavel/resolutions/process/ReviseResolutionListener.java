package org.gavel.resolutions.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.gavel.resolutions.ReadingResolutions;
import org.gavel.resolutions.RevisingResolution;
import org.gavel.resolutions.model.Resolution;
import org.gavel.resolutions.model.ResolutionType;
import org.gavel.system.engine.InputRefusedException;

import org.springframework.stereotype.Component;

/**
 * The revision task: on creation it shows the current text in the form (Tasklist reads
 * task variables); on completion the revision is stored, or refused with the reason.
 */
@Component("reviseResolutionListener")
class ReviseResolutionListener implements TaskListener {

	private final RevisingResolution revising;

	private final ReadingResolutions reading;

	ReviseResolutionListener(RevisingResolution revising, ReadingResolutions reading) {
		this.revising = revising;
		this.reading = reading;
	}

	@Override
	public void notify(DelegateTask task) {
		Resolution r = this.reading.find(GaResolutionProcess.RESOLUTION_ID.from(task)).orElseThrow();
		if (EVENTNAME_CREATE.equals(task.getEventName())) {
			GaResolutionProcess.TITLE.setLocal(task, r.title());
			GaResolutionProcess.TYPE.setLocal(task, r.type().value());
			GaResolutionProcess.RATIONALE.setLocal(task, r.rationale());
			GaResolutionProcess.OPERATIVE_TEXT.setLocal(task, r.operativeText());
			return;
		}
		// no type given keeps the resolution's; a type Gavel does not know is refused
		String typed = GaResolutionProcess.TYPE.optional(task).orElse(r.type().value());
		ResolutionType type = ResolutionType.ofValue(typed)
			.orElseThrow(() -> new InputRefusedException(GaResolutionProcess.TYPE.name(),
					"must be ordinary or statutory, not '" + typed + "'"));
		this.revising
			.revise(new RevisingResolution.Revise(r.id(), task.getAssignee(),
					new Resolution.Text(GaResolutionProcess.TITLE.optional(task).orElse(null), type,
							GaResolutionProcess.RATIONALE.optional(task).orElse(null),
							GaResolutionProcess.OPERATIVE_TEXT.optional(task).orElse(null), r.workingGroup()),
					GaResolutionProcess.CHANGE_NOTE.optional(task).orElse(null)))
			.orElseThrow(InputRefusedException::new);
	}

}
