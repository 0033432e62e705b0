package org.gavel.system.engine;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.gavel.system.Waiting;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The process tasks waiting for a person: assigned to them, or offered to them or to a
 * group they are in, each named with what it is about (its process's business key) and
 * linking to Tasklist with its due date.
 */
@Component
class TasksWaiting implements Waiting {

	private static final ZoneId UTC = ZoneId.of("UTC");

	private final TaskService tasks;

	private final RuntimeService runtime;

	TasksWaiting(TaskService tasks, RuntimeService runtime) {
		this.tasks = tasks;
		this.runtime = runtime;
	}

	@Override
	public List<Item> waitingFor(Authentication person) {
		List<Task> waiting = this.tasks.createTaskQuery()
			.or()
			.taskAssignee(person.getName())
			.taskCandidateUser(person.getName())
			.endOr()
			.active()
			.orderByDueDate()
			.asc()
			.listPage(0, 50);
		if (waiting.isEmpty()) {
			return List.of();
		}
		// what each task is about: its process's business key (a case number, an item)
		Map<String, String> keys = new HashMap<>();
		this.runtime.createProcessInstanceQuery()
			.processInstanceIds(waiting.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet()))
			.list()
			.forEach((instance) -> keys.put(instance.getId(), instance.getBusinessKey()));
		return waiting.stream()
			.map((task) -> new Item(
					task.getName() + ((keys.get(task.getProcessInstanceId()) != null)
							? " (" + keys.get(task.getProcessInstanceId()) + ")" : ""),
					"/camunda/app/tasklist/default/#/?task=" + task.getId(),
					(task.getDueDate() != null) ? task.getDueDate().toInstant() : null, UTC))
			.toList();
	}

}
