package org.gavel.processes;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The diagrams in docs/processes are drawn from the models: each committed SVG must equal
 * the drawing of its model, so the docs never show an old process. After changing a
 * model: {@code ./mvnw -pl processes test -Dgavel.diagrams.write=true}.
 */
class DiagramsTest {

	private static final Path MODELS = Path.of("src/main/resources/processes");

	private static final Path DOCS = Path.of("../docs/processes");

	@Test
	void everyDiagramInTheDocsIsDrawnFromItsModel() throws IOException {
		List<Path> models;
		try (Stream<Path> files = Files.list(MODELS)) {
			models = files.filter((file) -> file.toString().endsWith(".bpmn")).sorted().toList();
		}
		boolean write = Boolean.getBoolean("gavel.diagrams.write");
		for (Path model : models) {
			String svg;
			try (InputStream in = Files.newInputStream(model)) {
				svg = DiagramSvg.render(Bpmn.readModelFromStream(in));
			}
			Path drawing = DOCS.resolve(model.getFileName().toString().replace(".bpmn", ".svg"));
			if (write) {
				Files.writeString(drawing, svg);
			}
			assertThat(drawing).as("%s is drawn from %s; refresh with -Dgavel.diagrams.write=true", drawing, model)
				.exists();
			assertThat(Files.readString(drawing))
				.as("%s is drawn from %s; refresh with -Dgavel.diagrams.write=true", drawing, model)
				.isEqualTo(svg);
		}
	}

	@Test
	void drawsEveryShapeAndFlowOfAModel() throws IOException {
		try (InputStream in = Files.newInputStream(MODELS.resolve("ballot.bpmn"))) {
			String svg = DiagramSvg.render(Bpmn.readModelFromStream(in));

			assertThat(svg).contains(">Close and count<", ">Online voting closes<", "user task", "service task");
			assertThat(svg.split("<polyline", -1)).hasSize(16 + 1);
			assertThat(svg.split("<polygon", -1)).as("four gateways").hasSize(4 + 1);
		}
	}

}
