package org.gavel.approvals.process;

import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.gavel.approvals.ReadingApprovals;
import org.gavel.approvals.ResubmittingItem;
import org.gavel.forms.FormDefinition;
import org.gavel.forms.FormDefinitions;
import org.gavel.system.engine.InputRefusedException;

import org.springframework.stereotype.Component;

/**
 * The revision task: on creation it shows the current version in the form (Tasklist reads
 * task variables); on completion the revision becomes the next version.
 */
@Component("reviseItemListener")
class ReviseItemListener implements TaskListener {

	private final ResubmittingItem resubmitting;

	private final ReadingApprovals reading;

	private final FormDefinitions forms;

	ReviseItemListener(ResubmittingItem resubmitting, ReadingApprovals reading, FormDefinitions forms) {
		this.resubmitting = resubmitting;
		this.reading = reading;
		this.forms = forms;
	}

	@Override
	public void notify(DelegateTask task) {
		UUID id = EcApprovalProcess.APPROVAL_ID.from(task);
		if (EVENTNAME_CREATE.equals(task.getEventName())) {
			String subject = this.reading.find(id).orElseThrow().subject();
			FormDefinition form = this.forms.get(EcApprovalProcess.REVISION_FORM.from(task));
			this.resubmitting.document(subject).ifPresent((docs) -> form.prefill(task, docs.current(subject)));
			return;
		}
		Map<String, Object> values = this.forms.get(EcApprovalProcess.REVISION_FORM.from(task)).valuesOn(task);
		this.resubmitting
			.resubmit(new ResubmittingItem.Resubmit(id, task.getAssignee(), values,
					EcApprovalProcess.CHANGE_NOTE.optional(task).orElse(null)))
			.orElseThrow(InputRefusedException::new);
	}

}
