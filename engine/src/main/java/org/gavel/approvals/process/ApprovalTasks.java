package org.gavel.approvals.process;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.gavel.forms.InputRefusedException;
import org.gavel.approvals.ApprovalDocuments;
import org.gavel.approvals.Approving;
import org.gavel.approvals.persistence.Approvals;
import org.gavel.forms.FormDefinitions;
import org.gavel.forms.FormField;

import org.springframework.stereotype.Component;

/**
 * The task listeners of {@code EcApprovalProcess}: a review, the chair's decision and a
 * revision are recorded when their task completes, in Tasklist or the portal alike; a
 * refusal rolls the completion back with the reason. The form's own constraints are
 * checked before (see {@code org.gavel.forms}).
 */
@Component("approvalTasks")
public class ApprovalTasks {

	private final Approving approving;

	private final Approvals approvals;

	private final List<ApprovalDocuments> documents;

	private final FormDefinitions forms;

	ApprovalTasks(Approving approving, Approvals approvals, List<ApprovalDocuments> documents, FormDefinitions forms) {
		this.approving = approving;
		this.approvals = approvals;
		this.documents = documents;
		this.forms = forms;
	}

	public void reviewed(DelegateTask task) {
		refuse(this.approving.review(EcApprovalProcess.approvalId(task), task.getAssignee(),
				text(task, EcApprovalProcess.RESPONSE), text(task, EcApprovalProcess.REASON)));
	}

	public void chairDecided(DelegateTask task) {
		refuse(this.approving.chairDecides(EcApprovalProcess.approvalId(task), task.getAssignee(),
				text(task, EcApprovalProcess.CHAIR_DECISION), text(task, EcApprovalProcess.CHAIR_COMMENTS)));
	}

	/** Shows the current version in the revision form (Tasklist reads task variables). */
	public void revising(DelegateTask task) {
		String subject = this.approvals.find(EcApprovalProcess.approvalId(task)).orElseThrow().subject();
		document(subject).ifPresent((docs) -> docs.current(subject).forEach(task::setVariableLocal));
	}

	public void revised(DelegateTask task) {
		UUID id = EcApprovalProcess.approvalId(task);
		var approval = this.approvals.find(id).orElseThrow();
		if (!task.getAssignee().equals(approval.submittedBy())) {
			throw new InputRefusedException(null,
					"Only the submitter, " + approval.submittedBy() + ", revises this item.");
		}
		String form = text(task, EcApprovalProcess.REVISION_FORM);
		Map<String, Object> values = new LinkedHashMap<>();
		for (FormField field : this.forms.get(form).fields()) {
			values.put(field.key(), task.getVariable(field.key()));
		}
		int version = document(approval.subject())
			.map((docs) -> docs.revise(approval.subject(), values, task.getAssignee()))
			.orElse(approval.version() + 1);
		this.approving.resubmitted(id, version, task.getAssignee(), text(task, EcApprovalProcess.CHANGE_NOTE));
	}

	private Optional<ApprovalDocuments> document(String subject) {
		return this.documents.stream().filter((docs) -> docs.handles(subject)).findFirst();
	}

	private static void refuse(Optional<Approving.Refusal> refusal) {
		refusal.ifPresent((refused) -> {
			throw new InputRefusedException(refused.field(), refused.reason());
		});
	}

	private static String text(DelegateTask task, String name) {
		Object value = task.getVariable(name);
		return (value != null) ? value.toString() : null;
	}

}
