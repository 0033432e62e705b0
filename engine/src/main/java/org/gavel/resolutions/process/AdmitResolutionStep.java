package org.gavel.resolutions.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gavel.resolutions.AdmittingResolution;

import org.springframework.stereotype.Component;

/**
 * Admits and numbers the resolution; keeps whether the EC is asked for its position.
 */
@Component("admitResolutionStep")
class AdmitResolutionStep implements JavaDelegate {

	private final AdmittingResolution admitting;

	AdmitResolutionStep(AdmittingResolution admitting) {
		this.admitting = admitting;
	}

	@Override
	public void execute(DelegateExecution execution) {
		boolean askEc = GaResolutionProcess.ASK_EC_POSITION.optional(execution).orElse(false);
		GaResolutionProcess.ASK_EC_POSITION.set(execution, askEc);
		this.admitting.admit(new AdmittingResolution.Admit(GaResolutionProcess.RESOLUTION_ID.from(execution), askEc));
	}

}
