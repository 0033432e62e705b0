package org.gavel.processes;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BpmnModelRulesTest {

	private static final Path MODELS = Path.of("src/main/resources/processes");

	@Test
	void everyShippedModelFollowsTheHouseRules() throws IOException {
		List<Path> models = bpmnFilesIn(MODELS);
		assertThat(models).as("BPMN models under %s", MODELS).isNotEmpty();
		List<String> problems = new ArrayList<>();
		for (Path model : models) {
			problems.addAll(check(model));
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void rejectsIdsGeneratedByTheModeler() throws IOException {
		assertThat(check(Path.of("src/test/resources/lint/generated-ids.bpmn"))).containsExactlyInAnyOrder(
				"generated-ids.bpmn: id 'Activity_0x1l2aj' of userTask is not readable; use e.g. 'Activity_ReviewAdmissibility'",
				"generated-ids.bpmn: id 'UserTask_1' of userTask is not readable; use e.g. 'Activity_ReviewAdmissibility'",
				"generated-ids.bpmn: id 'Flow_1abcdef' of sequenceFlow is not readable; use e.g. 'Activity_ReviewAdmissibility'",
				"generated-ids.bpmn: process id 'Process_1' should read like 'GaResolutionProcess'");
	}

	@Test
	void rejectsAProcessWithoutHistoryTimeToLive() throws IOException {
		assertThat(check(Path.of("src/test/resources/lint/no-ttl.bpmn")))
			.containsExactly("no-ttl.bpmn: process 'NoTtlProcess' has no camunda:historyTimeToLive");
	}

	@Test
	void rejectsFlowNodesAndFlowsMissingFromTheDiagram() throws IOException {
		assertThat(check(Path.of("src/test/resources/lint/no-diagram-shapes.bpmn"))).containsExactlyInAnyOrder(
				"no-diagram-shapes.bpmn: flow node 'Activity_Review' has no diagram shape",
				"no-diagram-shapes.bpmn: sequence flow 'Flow_ToEnd' has no diagram edge");
	}

	@Test
	void rejectsProcessGlueOtherThanABeanPerStep() throws IOException {
		assertThat(check(Path.of("src/test/resources/lint/other-glue.bpmn"))).containsExactlyInAnyOrder(
				"other-glue.bpmn: service task 'Activity_ByClass' should call a bean of its own with camunda:delegateExpression",
				"other-glue.bpmn: service task 'Activity_ByExpression' should call a bean of its own with camunda:delegateExpression",
				"other-glue.bpmn: a task listener of 'Activity_Listened' should be a camunda:delegateExpression",
				"other-glue.bpmn: 'Activity_CallsBallot' maps variables with camunda:in; map the called process's contract in a DelegateVariableMapping");
	}

	private static List<String> check(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return BpmnModelRules.check(file.getFileName().toString(), in);
		}
	}

	private static List<Path> bpmnFilesIn(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter((file) -> file.toString().endsWith(".bpmn")).sorted().toList();
		}
	}

}
