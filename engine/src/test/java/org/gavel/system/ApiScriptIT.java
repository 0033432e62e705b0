package org.gavel.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.gavel.GavelIntegrationTest;
import org.gavel.membership.ApiTokens;
import org.gavel.membership.model.Role;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The scripted ballot of {@code docs/api.md}, run exactly as it is written there, with
 * {@code curl} and {@code jq}, against this Gavel with personal API tokens: the guide
 * cannot drift from the API. Without {@code jq} the test is skipped with a hint, except
 * under {@code CI=true}, where it fails.
 */
@GavelIntegrationTest
class ApiScriptIT {

	static final Path GUIDE = Path.of("..", "docs", "api.md");

	static final String MARK = "<!-- the scripted ballot: ApiScriptIT runs this block -->";

	@LocalServerPort
	int port;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theGuidesScriptedBallotRunsFromStartToEnd(@TempDir Path work) throws Exception {
		requireTools();
		ProcessBuilder bash = new ProcessBuilder("bash", "-c", script()).directory(work.toFile())
			.redirectErrorStream(true)
			.redirectOutput(work.resolve("output.txt").toFile());
		bash.environment()
			.putAll(Map.of("GAVEL", "http://localhost:" + this.port, "SECRETARIAT_TOKEN",
					token("sara", Role.SECRETARIAT), "VOTER_TOKEN", token("olivia", Role.MEMBER), "SCRUTINEER_TOKEN",
					token("scott", Role.SCRUTINEER), "SECOND_SCRUTINEER_TOKEN", token("sandra", Role.SCRUTINEER)));
		Process run = bash.start();
		if (!run.waitFor(3, TimeUnit.MINUTES)) {
			run.destroyForcibly();
			fail("the script ran for more than 3 minutes");
		}
		String output = Files.readString(work.resolve("output.txt"));

		assertThat(run.exitValue()).as(output).isZero();
		assertThat(output).contains("vote accepted, receipt ")
			.contains("COUNTED\nPUBLISHED\n")
			.contains("\"result\": \"ADOPTED\"")
			.contains("{\"position\":1,\"of\":1,\"counted\":true}")
			.contains("\"spoilt\": 1");
		String ballot = files(work, "audit-").get(0).getFileName().toString().replaceAll("audit-|\\.json|\\.csv", "");
		assertThat(this.jdbc.sql("select count(*) from gavel.ballot where id = ? and published_at is not null")
			.param(UUID.fromString(ballot))
			.query(Long.class)
			.single()).as("published").isOne();
		assertThat(Files.readAllLines(work.resolve("audit-" + ballot + ".csv"))).hasSize(2)
			.last()
			.asString()
			.startsWith("1,olivia,")
			.contains(",FOR,ONLINE,");
		assertThat(Files.readAllLines(work.resolve("result-" + ballot + ".csv")))
			.contains("in-room,room-as-one,,,,3,1,0,1,0,,", "counted,room-as-one,,,,3,1,0,1,0,75 %,")
			.anySatisfy((row) -> assertThat(row).startsWith("total,all,,,").endsWith(",4,1,0,1,0,80 %,"));
		assertThat(Files.readString(work.resolve("audit-" + ballot + ".json"))).contains("\"heldOnPaper\":false");
	}

	private void requireTools() throws IOException, InterruptedException {
		for (String tool : List.of("curl", "jq")) {
			Process which = new ProcessBuilder("sh", "-c", "command -v " + tool).start();
			if (which.waitFor() != 0) {
				String hint = tool + " is not installed (apt-get install -y curl jq); the API guide's script needs it";
				if ("true".equalsIgnoreCase(System.getenv("CI"))) {
					fail(hint);
				}
				Assumptions.abort(hint);
			}
		}
	}

	static String script() throws IOException {
		String guide = Files.readString(GUIDE, StandardCharsets.UTF_8);
		int mark = guide.indexOf(MARK);
		assertThat(mark).as("docs/api.md marks its scripted ballot").isNotNegative();
		int start = guide.indexOf("```bash\n", mark) + "```bash\n".length();
		int end = guide.indexOf("\n```", start);
		return guide.substring(start, end + 1);
	}

	static List<Path> files(Path work, String prefix) throws IOException {
		try (Stream<Path> files = Files.list(work)) {
			return files.filter((file) -> file.getFileName().toString().startsWith(prefix)).toList();
		}
	}

	String token(String owner, Role role) {
		return this.tokens.issue(new ApiTokens.IssueToken(owner, role, "api guide", 1, "sara")).orElseThrow().secret();
	}

}
