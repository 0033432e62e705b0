package org.gavel.system.engine;

import java.time.ZoneId;
import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.gavel.system.Waiting;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The process tasks waiting for a person: assigned to them, or offered to them or to a
 * group they are in, each linking to Tasklist with its due date.
 */
@Component
class TasksWaiting implements Waiting {

	private static final ZoneId UTC = ZoneId.of("UTC");

	private final TaskService tasks;

	TasksWaiting(TaskService tasks) {
		this.tasks = tasks;
	}

	@Override
	public List<Item> waitingFor(Authentication person) {
		return this.tasks.createTaskQuery()
			.or()
			.taskAssignee(person.getName())
			.taskCandidateUser(person.getName())
			.endOr()
			.active()
			.orderByDueDate()
			.asc()
			.listPage(0, 50)
			.stream()
			.map((task) -> new Item(task.getName(), "/camunda/app/tasklist/default/#/?task=" + task.getId(),
					(task.getDueDate() != null) ? task.getDueDate().toInstant() : null, UTC))
			.toList();
	}

}
