package org.gavel.grievances.web;

import java.util.Optional;
import java.util.function.Function;

import org.gavel.grievances.process.GrievanceProcess;
import org.gavel.system.TaskPages;

import org.springframework.stereotype.Component;

/**
 * A grievance's tasks: the respondent replies on the respondent's page, the panel decides
 * on the panel's, and the secretariat does the rest at the grievance desk.
 */
@Component
class GrievanceTaskPages implements TaskPages {

	@Override
	public String process() {
		return GrievanceProcess.KEY;
	}

	@Override
	public Optional<String> page(String task, String businessKey, Function<String, Object> variable) {
		if (businessKey == null) {
			return Optional.empty();
		}
		return Optional.of(switch (task) {
			case GrievanceProcess.AWAIT_REPLY -> "/grievances/respond/" + businessKey;
			case GrievanceProcess.DECIDE, GrievanceProcess.DECIDE_APPEAL -> "/grievances/panel/" + businessKey;
			default -> "/grievances/desk/" + businessKey;
		});
	}

}
