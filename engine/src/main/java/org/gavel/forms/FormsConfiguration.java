package org.gavel.forms;

import java.util.Map;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.gavel.system.engine.UserTaskListeners;

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
				UserTaskListeners.addToEveryUserTask(configuration, Map.of(TaskListener.EVENTNAME_COMPLETE, check));
			}

		};
	}

}
