package org.gavel.system.engine;

import java.util.Map;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * Every task says what it is about, in Tasklist as on the front page: a task created from
 * "Review the item" is named "Review the item: Terms of reference: Assurance Model Task
 * Force" when its process carries a {@code title}, else "Acknowledge the grievance
 * (G-2026-0007)" after its process's business key, the reference people use.
 */
public class TaskNames extends AbstractProcessEnginePlugin {

	/** The longest name a task keeps (Camunda's column holds 255 characters). */
	static final int LONGEST = 255;

	static final TaskListener NAMED = TaskNames::named;

	private static final Pattern UUID = Pattern
		.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		UserTaskListeners.addToEveryUserTask(configuration, Map.of(TaskListener.EVENTNAME_CREATE, NAMED));
	}

	private static void named(DelegateTask task) {
		Object title = task.getExecution().getVariable("title");
		task.setName(name(task.getName(), (title instanceof String text) ? text : null,
				task.getExecution().getProcessBusinessKey()));
	}

	/**
	 * A task's name with what it is about.
	 * @param name the name its definition gives, e.g. "Review the item"
	 * @param title the title of what its process is about, or {@code null}
	 * @param businessKey its process's business key, or {@code null}
	 * @return e.g. "Review the item: Budget 2027", "Acknowledge the grievance
	 * (G-2026-0007)", or the name alone when there is nothing to add; cut to
	 * {@value #LONGEST} characters
	 */
	static String name(String name, String title, String businessKey) {
		String base = (name == null || name.isBlank()) ? "Task" : name.strip();
		String named;
		if (title != null && !title.isBlank()) {
			named = base + ": " + title.strip();
		}
		else if (businessKey != null && !businessKey.isBlank() && !looksGenerated(businessKey)) {
			named = base + " (" + businessKey.strip() + ")";
		}
		else {
			named = base;
		}
		return (named.length() <= LONGEST) ? named : named.substring(0, LONGEST - 1) + "…";
	}

	/** A key no person reads, such as a UUID, adds nothing to a name. */
	private static boolean looksGenerated(String key) {
		return UUID.matcher(key.strip()).matches();
	}

}
