package org.gavel.resolutions.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.gavel.approvals.model.Status;
import org.gavel.resolutions.RecordingEcPosition;
import org.gavel.resolutions.model.EcStance;
import org.gavel.system.engine.InputRefusedException;

import org.springframework.stereotype.Component;

/**
 * The EC position task: on creation it suggests the stance the EC's decision implies; on
 * completion the position is recorded, or refused with the reason.
 */
@Component("ecPositionListener")
class EcPositionListener implements TaskListener {

	private final RecordingEcPosition recording;

	EcPositionListener(RecordingEcPosition recording) {
		this.recording = recording;
	}

	@Override
	public void notify(DelegateTask task) {
		if (EVENTNAME_CREATE.equals(task.getEventName())) {
			boolean approved = GaResolutionProcess.EC_DECISION.optional(task).orElse(null) == Status.APPROVED;
			GaResolutionProcess.STANCE.setLocal(task, (approved ? EcStance.SUPPORT : EcStance.OPPOSE).value());
			return;
		}
		this.recording
			.record(new RecordingEcPosition.Position(GaResolutionProcess.RESOLUTION_ID.from(task),
					GaResolutionProcess.EC_APPROVAL_ID.optional(task).orElse(null), task.getAssignee(),
					GaResolutionProcess.STANCE.optional(task).orElse(null),
					GaResolutionProcess.STATEMENT.optional(task).orElse(null)))
			.orElseThrow(InputRefusedException::new);
	}

}
