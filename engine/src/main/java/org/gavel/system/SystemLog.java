package org.gavel.system;

import org.slf4j.event.Level;

/**
 * The log codes of Gavel as a whole: start-up, deployments, the database, the engine
 * ({@code SYSTEM-0xx}).
 */
public enum SystemLog implements LogCode {

	READY(1, Level.INFO, "Gavel ready url={} database={} profiles={}"),
	PROCESS_DEPLOYED(2, Level.INFO, "process deployed key={} version={} resource={}"),
	NO_PROCESS_DEPLOYED(3, Level.WARN, "no process definition deployed; check camunda.bpm.deployment-resource-pattern"),
	DATABASE_BUSY(10, Level.WARN, "no database connection free for {} {}: answered 503"),
	TASK_AUTHORIZATIONS_NARROWED(11, Level.INFO, "{} task authorization(s) narrowed from UPDATE to TASK_WORK"),
	ADMINISTRATOR_CHANGE(12, Level.WARN,
			"administrator change user={} operation={} entity={} process-instance={} task={} property={}");

	private final Entry entry;

	SystemLog(int number, Level level, String message) {
		this.entry = Entry.of("SYSTEM", number, level, message);
	}

	@Override
	public Entry entry() {
		return this.entry;
	}

}
