package org.gavel.forms;

import java.util.ArrayList;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The forms feature: the definitions under {@code forms/}, and an engine plugin that
 * holds every user task's completion to its form.
 */
@Configuration(proxyBeanMethods = false)
class FormsConfiguration {

	@Bean
	FormDefinitions formDefinitions() {
		return new FormDefinitions("classpath*:forms/**/*.form");
	}

	@Bean
	AbstractProcessEnginePlugin taskFormChecks(FormDefinitions forms) {
		TaskFormCheck check = new TaskFormCheck(forms);
		return new AbstractProcessEnginePlugin() {

			@Override
			public void preInit(ProcessEngineConfigurationImpl configuration) {
				if (configuration.getCustomPreBPMNParseListeners() == null) {
					configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
				}
				configuration.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {

					@Override
					public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
						if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
							userTask.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, check);
						}
					}

				});
			}

		};
	}

}
