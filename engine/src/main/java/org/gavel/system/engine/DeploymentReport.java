package org.gavel.system.engine;

import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.gavel.system.SystemLog;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Logs every process definition the engine serves once the application is ready
 * ({@code SYSTEM-002}), and warns when there is none ({@code SYSTEM-003}).
 */
@Component
class DeploymentReport {

	private final RepositoryService repositoryService;

	DeploymentReport(RepositoryService repositoryService) {
		this.repositoryService = repositoryService;
	}

	@EventListener
	void onReady(ApplicationReadyEvent event) {
		List<ProcessDefinition> definitions = this.repositoryService.createProcessDefinitionQuery()
			.latestVersion()
			.orderByProcessDefinitionKey()
			.asc()
			.list();
		if (definitions.isEmpty()) {
			SystemLog.NO_PROCESS_DEPLOYED.log();
		}
		for (ProcessDefinition definition : definitions) {
			SystemLog.PROCESS_DEPLOYED.event()
				.with("process", definition.getKey())
				.with("version", definition.getVersion())
				.log(definition.getKey(), definition.getVersion(), definition.getResourceName());
		}
	}

}
