package org.gavel.system.engine;

import java.util.ArrayList;
import java.util.Map;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Rules that hold for every user task of every process, whatever its BPMN says: each is a
 * built-in task listener the engine adds to each user task as it parses a process, so no
 * model can leave it out.
 */
public final class UserTaskListeners {

	private UserTaskListeners() {
	}

	/**
	 * Adds listeners to every user task the engine will parse.
	 * @param configuration the engine's configuration, before it is built
	 * @param listeners each listener by its event, e.g.
	 * {@link TaskListener#EVENTNAME_CREATE}
	 */
	public static void addToEveryUserTask(ProcessEngineConfigurationImpl configuration,
			Map<String, TaskListener> listeners) {
		if (configuration.getCustomPreBPMNParseListeners() == null) {
			configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
		}
		configuration.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {

			@Override
			public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
				if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
					listeners.forEach(
							(event, listener) -> userTask.getTaskDefinition().addBuiltInTaskListener(event, listener));
				}
			}

		});
	}

}
