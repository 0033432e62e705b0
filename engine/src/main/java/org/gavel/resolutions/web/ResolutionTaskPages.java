package org.gavel.resolutions.web;

import org.gavel.resolutions.process.GaResolutionProcess;
import org.gavel.system.TaskPages;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A resolution's tasks (co-sponsoring, submitting, the admissibility review, revision,
 * the EC position) are done on the resolution's page.
 */
@Configuration(proxyBeanMethods = false)
class ResolutionTaskPages {

	@Bean
	TaskPages resolutionTasks() {
		return TaskPages.byBusinessKey(GaResolutionProcess.KEY, (task, resolution) -> "/resolutions/" + resolution);
	}

}
