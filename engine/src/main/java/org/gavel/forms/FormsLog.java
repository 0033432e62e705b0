package org.gavel.forms;

import org.gavel.system.LogCode;
import org.slf4j.event.Level;

/**
 * The log codes of task forms ({@code FORMS-0xx}).
 */
public enum FormsLog implements LogCode {

	TASK_NOT_COMPLETED(1, Level.ERROR, "task {} could not be completed by {}");

	private final Entry entry;

	FormsLog(int number, Level level, String message) {
		this.entry = Entry.of("FORMS", number, level, message);
	}

	@Override
	public Entry entry() {
		return this.entry;
	}

}
