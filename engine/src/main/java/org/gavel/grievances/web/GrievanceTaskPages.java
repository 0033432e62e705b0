package org.gavel.grievances.web;

import org.gavel.grievances.process.GrievanceProcess;
import org.gavel.system.TaskPages;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A grievance's tasks: the respondent replies on the respondent's page, the panel decides
 * on the panel's, and the secretariat does the rest at the grievance desk.
 */
@Configuration(proxyBeanMethods = false)
class GrievanceTaskPages {

	@Bean
	TaskPages grievanceTasks() {
		return TaskPages.byBusinessKey(GrievanceProcess.KEY, (task, grievance) -> switch (task) {
			case GrievanceProcess.AWAIT_REPLY -> "/grievances/respond/" + grievance;
			case GrievanceProcess.DECIDE, GrievanceProcess.DECIDE_APPEAL -> "/grievances/panel/" + grievance;
			default -> "/grievances/desk/" + grievance;
		});
	}

}
