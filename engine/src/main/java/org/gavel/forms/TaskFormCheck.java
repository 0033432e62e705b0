package org.gavel.forms;

import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * Checks a user task's variables against its form ({@code camunda:formRef}) when the task
 * completes, before any listener of the model: a completion from Tasklist or the REST API
 * is held to the same constraints as the portal's form, and refused with the message per
 * field.
 */
class TaskFormCheck implements TaskListener {

	private final FormDefinitions forms;

	TaskFormCheck(FormDefinitions forms) {
		this.forms = forms;
	}

	@Override
	public void notify(DelegateTask task) {
		CamundaFormRef ref = null;
		if (task instanceof TaskEntity entity) {
			entity.initializeFormKey();
			ref = entity.getCamundaFormRef();
		}
		FormDefinition form = (ref != null) ? this.forms.find(ref.getKey()).orElse(null) : null;
		if (form == null) {
			return;
		}
		Map<String, String> input = new LinkedHashMap<>();
		for (FormField field : form.fields()) {
			Object value = task.getVariable(field.key());
			input.put(field.key(), (value != null) ? value.toString() : "");
		}
		Submission submission = form.check(input);
		if (!submission.valid()) {
			throw new ProcessEngineException("The form is not complete: " + submission.summary() + ".");
		}
	}

}
