package org.gavel.system;

import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Where in the portal a process's tasks are done: each workflow names the page of its own
 * tasks, so that the home page's "waiting for you" list leads to Gavel's page for the
 * task, not to Tasklist.
 */
public interface TaskPages {

	/**
	 * The process whose tasks these are.
	 * @return its process definition key, e.g. {@code GrievanceProcess}
	 */
	String process();

	/**
	 * The page where a task is done.
	 * @param task the task's definition key, e.g. {@code Activity_Acknowledge}
	 * @param businessKey its process instance's business key
	 * @param variable reads one of the process instance's variables by name
	 * @return the page's path, with a fragment where the task has its own section; empty
	 * when no portal page does this task (Tasklist does)
	 */
	Optional<String> page(String task, String businessKey, Function<String, Object> variable);

	/**
	 * The pages of a process whose tasks are found from its business key alone.
	 * @param process the process definition key
	 * @param page the page of a task (its definition key) of the instance with a business
	 * key; {@code null} when no portal page does this task
	 * @return the process's task pages; a task of an instance without a business key has
	 * none
	 */
	static TaskPages byBusinessKey(String process, BiFunction<String, String, String> page) {
		return new TaskPages() {

			@Override
			public String process() {
				return process;
			}

			@Override
			public Optional<String> page(String task, String businessKey, Function<String, Object> variable) {
				return Optional.ofNullable(businessKey).map((key) -> page.apply(task, key));
			}

		};
	}

}
