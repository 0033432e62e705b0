package org.gavel.system.engine;

import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Logs every process definition the engine serves once the application is ready
 * ({@code SYSTEM-002}), and warns when there is none ({@code SYSTEM-003}).
 */
@Component
class DeploymentReport {

	private static final Logger log = LoggerFactory.getLogger(DeploymentReport.class);

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
			log.warn("SYSTEM-003 no process definition deployed; check camunda.bpm.deployment-resource-pattern");
		}
		for (ProcessDefinition definition : definitions) {
			log.atInfo()
				.addKeyValue("code", "SYSTEM-002")
				.addKeyValue("process", definition.getKey())
				.addKeyValue("version", definition.getVersion())
				.log("SYSTEM-002 process deployed key={} version={} resource={}", definition.getKey(),
						definition.getVersion(), definition.getResourceName());
		}
	}

}
