package org.gavel.system.engine;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.gavel.system.TaskPages;
import org.gavel.system.Waiting;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The process tasks waiting for a person: assigned to them, or offered to them or to a
 * group they are in, each named with what it is about ({@link TaskNames}), with its due
 * date, linking to the portal's page for it (each workflow's {@link TaskPages}) or, where
 * none does that task, to Tasklist.
 */
@Component
class TasksWaiting implements Waiting {

	private static final ZoneId UTC = ZoneId.of("UTC");

	private final TaskService tasks;

	private final RuntimeService runtime;

	private final Map<String, TaskPages> pages;

	TasksWaiting(TaskService tasks, RuntimeService runtime, List<TaskPages> pages) {
		this.tasks = tasks;
		this.runtime = runtime;
		this.pages = pages.stream().collect(Collectors.toMap(TaskPages::process, (page) -> page));
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
		Map<String, ProcessInstance> instances = new HashMap<>();
		this.runtime.createProcessInstanceQuery()
			.processInstanceIds(waiting.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet()))
			.list()
			.forEach((instance) -> instances.put(instance.getId(), instance));
		return waiting.stream().map((task) -> item(task, instances.get(task.getProcessInstanceId()))).toList();
	}

	/**
	 * A task as the list shows it: its name and what it is about, leading to the portal's
	 * page for it where its workflow names one, else to Tasklist.
	 */
	private Item item(Task task, ProcessInstance instance) {
		String key = (instance != null) ? instance.getBusinessKey() : null;
		TaskPages workflow = (instance != null) ? this.pages.get(processKey(instance)) : null;
		String link = Optional.ofNullable(workflow)
			.flatMap((known) -> known.page(task.getTaskDefinitionKey(), key,
					(name) -> this.runtime.getVariable(task.getProcessInstanceId(), name)))
			.orElse("/camunda/app/tasklist/default/#/?task=" + task.getId());
		return new Item(task.getName(), link, (task.getDueDate() != null) ? task.getDueDate().toInstant() : null, UTC);
	}

	/** A process definition's key, read from its id ("key:version:id"). */
	private static String processKey(ProcessInstance instance) {
		String definition = instance.getProcessDefinitionId();
		int colon = definition.indexOf(':');
		return (colon > 0) ? definition.substring(0, colon) : definition;
	}

}
