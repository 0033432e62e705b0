package org.gavel.system.engine;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.UserOperationLogEntryEventEntity;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.gavel.system.LogSafe;
import org.gavel.system.SystemLog;

/**
 * Logs every change an administrator makes to the variables of a task or process instance
 * outside a form submission, or to where an instance stands, with a stable code
 * ({@code SYSTEM-012}), from Camunda's user operation log: the REST API, Cockpit and the
 * Java API alike. (Nobody else may make such a change: see {@link TaskActors}.)
 */
public class AdministratorChanges extends AbstractProcessEnginePlugin implements HistoryEventHandler {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<HistoryEventHandler> handlers = new ArrayList<>();
		if (configuration.getCustomHistoryEventHandlers() != null) {
			handlers.addAll(configuration.getCustomHistoryEventHandlers());
		}
		handlers.add(this);
		configuration.setCustomHistoryEventHandlers(handlers);
	}

	@Override
	public void handleEvent(HistoryEvent event) {
		if (event instanceof UserOperationLogEntryEventEntity entry && watched(entry.getOperationType())) {
			SystemLog.ADMINISTRATOR_CHANGE.log(LogSafe.text(entry.getUserId()), entry.getOperationType(),
					entry.getEntityType(), entry.getProcessInstanceId(), entry.getTaskId(),
					LogSafe.text(entry.getProperty()));
		}
	}

	@Override
	public void handleEvents(List<HistoryEvent> events) {
		events.forEach(this::handleEvent);
	}

	private static boolean watched(String operation) {
		return operation != null && (operation.contains("Variable") || operation.equals("ModifyProcessInstance"));
	}

}
