package org.gavel.system;

import java.io.IOException;
import java.io.InputStream;
import java.net.Inet4Address;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.gavel.GavelApplication;
import org.gavel.RunsLast;
import org.gavel.attachments.ReadingAttachments;
import org.gavel.attachments.StoringAttachment;
import org.gavel.attachments.model.Attachment;
import org.gavel.attachments.model.AttachmentRule;
import org.gavel.membership.Electorates;
import org.gavel.membership.model.ElectorateDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The run command's configuration: no profile, no external service, an H2 file database
 * that keeps its data (processes, stored files) across a restart, and a start-up report
 * that says where everything is.
 */
@ExtendWith(OutputCaptureExtension.class)
@RunsLast("it starts and closes applications of its own")
class EmbeddedDefaultsIT {

	@TempDir
	Path dataDir;

	@Test
	void startsWithoutAnyServiceAndTellsWhereEverythingIs(CapturedOutput output) throws Exception {
		try (ConfigurableApplicationContext gavel = start()) {
			int port = ((WebServerApplicationContext) gavel).getWebServer().getPort();

			assertThat(output).contains("SYSTEM-001 Gavel ready url=http://localhost:" + port)
				.contains("Database: H2 file " + this.dataDir.resolve("gavel.mv.db"))
				.contains("Camunda Cockpit, Tasklist, Admin: http://localhost:" + port + "/camunda")
				.containsPattern("secretariat +sara +password 'demo'")
				.contains("IDENTITY-003 engine identities mirror the realm file: 31 users")
				.contains("SYSTEM-002 process deployed key=SmokeProcess version=1");
			assertThat(
					new TestRestTemplate().getForObject("http://localhost:" + port + "/actuator/health", String.class))
				.as("anonymous visitors see the status, not its components")
				.contains("\"status\":\"UP\"")
				.doesNotContain("components", "jobExecutor", "db");
			assertThat(gavel.getBean(HealthEndpoint.class).healthForPath("jobExecutor").getStatus().getCode())
				.as("the job executor runs by default (integration-test contexts switch it off)")
				.isEqualTo("UP");
			assertThat(reachableOnAnotherInterface(port)).as("it listens on loopback only").isFalse();
			assertThat(output).contains("DEMO-001 demo ballots seeded");
			assertThat(gavel.getBean(JdbcClient.class)
				.sql("select title || ': ' || case when published_at is not null then outcome else 'open' end "
						+ "from gavel.ballot order by title")
				.query(String.class)
				.list()).as("a newcomer finds a ballot to vote in and a published result")
				.containsExactly("Adopt the smallholder inclusion roadmap: open",
						"Approve the 2027 membership fees: ADOPTED", "Where the 2027 General Assembly meets: open");
			assertThat(gavel.getBean(Electorates.class).configured())
				.as("the demo's electorates besides the General Assembly and the EC")
				.extracting(ElectorateDefinition::id)
				.containsExactlyInAnyOrder("smallholder-chamber", "working-group-chairs", "evaluation-panel");
			String call = seededCall(output);
			ResponseEntity<byte[]> template = new TestRestTemplate()
				.getForEntity("http://localhost:" + port + "/calls/" + call + "/templates/1", byte[].class);
			assertThat(template.getStatusCode().value()).isEqualTo(200);
			try (InputStream shipped = getClass().getResourceAsStream("/demo/budget-template.xlsx")) {
				assertThat(template.getBody()).as("the open demo call offers its budget template to anyone")
					.isEqualTo(shipped.readAllBytes());
			}
		}
	}

	@Test
	void keepsItsDataAcrossARestart() {
		String instanceId;
		byte[] file = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
		Attachment stored;
		try (ConfigurableApplicationContext gavel = start()) {
			instanceId = gavel.getBean(RuntimeService.class).startProcessInstanceByKey("SmokeProcess").getId();
			stored = gavel.getBean(StoringAttachment.class)
				.store(new StoringAttachment.Upload(new Attachment.Owner("test", "1"), "a.pdf", file, "alex",
						new AttachmentRule("the file", Set.of("application/pdf"), 1024)))
				.orElseThrow();
		}

		try (ConfigurableApplicationContext gavel = start()) {
			assertThat(gavel.getBean(RuntimeService.class)
				.createProcessInstanceQuery()
				.processInstanceId(instanceId)
				.count()).isOne();
			assertThat(gavel.getBean(RepositoryService.class)
				.createProcessDefinitionQuery()
				.processDefinitionKey("SmokeProcess")
				.count()).as("unchanged models are not deployed again").isOne();
			assertThat(gavel.getBean(ReadingAttachments.class)
				.open(stored.id(), new ReadingAttachments.Viewer("alex", false))
				.orElseThrow()
				.content()).as("a file stored in H2, read back whole after the restart").isEqualTo(file);
		}
	}

	/**
	 * The demo call's reference, once its seeding (beside the start-up) logged it.
	 */
	private static String seededCall(CapturedOutput output) throws InterruptedException {
		Pattern seeded = Pattern.compile("DEMO-006 demo call for proposals seeded: (RFP-\\d{4}-\\d{2})");
		for (int tries = 0; tries < 600; tries++) {
			Matcher found = seeded.matcher(output.getOut());
			if (found.find()) {
				return found.group(1);
			}
			assertThat(output.getOut()).doesNotContain("DEMO-007");
			Thread.sleep(100);
		}
		throw new AssertionError("the demo call was not seeded within a minute");
	}

	/**
	 * Whether the port answers on an address of this machine other than loopback (false
	 * too when the machine has none, which leaves nothing to check).
	 */
	private static boolean reachableOnAnotherInterface(int port) throws IOException {
		for (var network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
			for (var address : Collections.list(network.getInetAddresses())) {
				if (!address.isLoopbackAddress() && address instanceof Inet4Address) {
					try (Socket socket = new Socket()) {
						socket.connect(new InetSocketAddress(address, port), 1000);
						return true;
					}
					catch (IOException refused) {
						// not listening there: as it should be
					}
				}
			}
		}
		return false;
	}

	private ConfigurableApplicationContext start() {
		// An engine name of its own, as every test application but the shared one has
		// (Camunda keeps engines in a static registry by name).
		return new SpringApplicationBuilder(GavelApplication.class).run("--server.port=0",
				"--gavel.data-dir=" + this.dataDir, "--camunda.bpm.process-engine-name=embedded-defaults");
	}

}
