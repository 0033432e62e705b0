package org.gavel.resolutions.process;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.gavel.resolutions.ReadingResolutions;

import org.springframework.stereotype.Component;

/**
 * The collection of the endorsements' multi-instance,
 * {@code ${coSponsorsInvited.of(execution)}}: the members the draft invited, one task
 * each.
 */
@Component("coSponsorsInvited")
public class CoSponsorsInvited {

	private final ReadingResolutions reading;

	CoSponsorsInvited(ReadingResolutions reading) {
		this.reading = reading;
	}

	public List<String> of(DelegateExecution execution) {
		return this.reading.invited(GaResolutionProcess.RESOLUTION_ID.from(execution));
	}

}
