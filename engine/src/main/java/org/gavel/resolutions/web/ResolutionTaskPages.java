package org.gavel.resolutions.web;

import java.util.Optional;
import java.util.function.Function;

import org.gavel.resolutions.process.GaResolutionProcess;
import org.gavel.system.TaskPages;

import org.springframework.stereotype.Component;

/**
 * A resolution's tasks (co-sponsoring, submitting, the admissibility review, revision,
 * the EC position) are done on the resolution's page.
 */
@Component
class ResolutionTaskPages implements TaskPages {

	@Override
	public String process() {
		return GaResolutionProcess.KEY;
	}

	@Override
	public Optional<String> page(String task, String businessKey, Function<String, Object> variable) {
		return Optional.ofNullable(businessKey).map((resolution) -> "/resolutions/" + resolution);
	}

}
