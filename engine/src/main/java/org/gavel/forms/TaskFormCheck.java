package org.gavel.forms;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.CachedDbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityState;
import org.camunda.bpm.engine.impl.persistence.entity.ByteArrayEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.gavel.system.engine.InputRefusedException;

/**
 * Checks a user task's completion against its form ({@code camunda:formRef}), before any
 * listener of the model: a completion from Tasklist or the REST API is held to the same
 * constraints as the portal's form, and refused with the message per field. A completion
 * carries only the form's fields: a variable of the instance that it creates, changes or
 * removes and that is not a field of the form is refused, whoever completes the task.
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
		Set<String> fields = (form != null)
				? form.fields().stream().map(FormField::key).filter(Objects::nonNull).collect(Collectors.toSet())
				: Set.of();
		Set<String> foreign = writtenInThisCompletion(task);
		foreign.removeAll(fields);
		if (!foreign.isEmpty()) {
			throw new InputRefusedException(null, "A task is completed with its form's fields only; not on the form: "
					+ String.join(", ", foreign) + ".");
		}
		if (form == null) {
			return;
		}
		Map<String, String> input = new LinkedHashMap<>();
		form.valuesOn(task).forEach((key, value) -> input.put(key, (value != null) ? value.toString() : ""));
		Submission submission = form.check(input);
		if (!submission.valid()) {
			throw new InputRefusedException(null, "The form is not complete: " + submission.summary() + ".");
		}
	}

	/**
	 * The variables of the task's instance that the command completing it has created,
	 * changed or removed so far: only the completion itself has run, as this listener
	 * runs before any other.
	 */
	private static Set<String> writtenInThisCompletion(DelegateTask task) {
		DbEntityManager db = Context.getCommandContext().getDbEntityManager();
		Set<String> written = new TreeSet<>();
		for (VariableInstanceEntity variable : db.getCachedEntitiesByType(VariableInstanceEntity.class)) {
			if (Objects.equals(variable.getProcessInstanceId(), task.getProcessInstanceId()) && written(db, variable)) {
				written.add(variable.getName());
			}
		}
		return written;
	}

	private static boolean written(DbEntityManager db, VariableInstanceEntity variable) {
		CachedDbEntity cached = db.getDbEntityCache().getCachedEntity(variable);
		if (cached == null) {
			return false;
		}
		if (cached.getEntityState() != DbEntityState.PERSISTENT || cached.isDirty()) {
			return true;
		}
		String bytes = variable.getByteArrayValueId();
		CachedDbEntity value = (bytes != null) ? db.getDbEntityCache().getCachedEntity(ByteArrayEntity.class, bytes)
				: null;
		return value != null && (value.getEntityState() != DbEntityState.PERSISTENT || value.isDirty());
	}

}
