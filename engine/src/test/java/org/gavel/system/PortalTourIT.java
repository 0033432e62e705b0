package org.gavel.system;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.gavel.Browser;
import org.gavel.GavelApplication;
import org.gavel.RunsLast;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.JavascriptExecutor;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal as each persona finds it on the run command's demo: from the home page,
 * every link of the header and of the pages it leads to (two steps deep, each kind of
 * page once), checked in Chromium by {@link Browser} at a desktop's and a phone's width
 * against axe-core's WCAG 2.2 AA rules and for sideways scrolling, with a screenshot of
 * each kept in {@code target/screenshots/PortalTourIT-<persona>/}; no link may lead a
 * person to a page they may not use.
 */
@ExtendWith(OutputCaptureExtension.class)
@TestInstance(Lifecycle.PER_CLASS)
@RunsLast("it starts and closes an application of its own")
class PortalTourIT {

	private static final int PAGES_PER_PERSONA = 30;

	// Links to what is not a portal page, or that act (sign out) instead of showing.
	private static final String LINKS = """
			return [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'))
			  .filter((h) => h.startsWith('/') && !h.startsWith('//'))""";

	@TempDir
	static Path dataDir;

	private ConfigurableApplicationContext gavel;

	private int port;

	@BeforeAll
	void startTheDemo(CapturedOutput output) throws InterruptedException {
		this.gavel = new SpringApplicationBuilder(GavelApplication.class).run("--server.port=0",
				"--gavel.data-dir=" + dataDir, "--camunda.bpm.process-engine-name=portal-tour");
		this.port = ((WebServerApplicationContext) this.gavel).getWebServer().getPort();
		// The demo's assembly and first call are seeded in the background; its award
		// waits three minutes for a deadline, and the tour does not wait for it.
		Instant giveUp = Instant.now().plus(Duration.ofMinutes(1));
		while (!(output.toString().contains("DEMO-003") && output.toString().contains("DEMO-006"))
				&& Instant.now().isBefore(giveUp)) {
			Thread.sleep(250);
		}
		assertThat(output.toString()).as("the demo's assembly and call are seeded").contains("DEMO-003", "DEMO-006");
	}

	@AfterAll
	void stopTheDemo() {
		if (this.gavel != null) {
			this.gavel.close();
		}
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "anonymous", "olivia", "aisha", "mia", "sara", "scott", "gita", "wen", "eva", "alex",
			"lek", "tariq", "nora", "ines" })
	void everyPageAPersonaReachesPassesAndOpens(String persona) {
		try (Browser browser = Browser.start(this.port, "PortalTourIT-" + persona)) {
			if (!"anonymous".equals(persona)) {
				browser.signIn(persona);
			}
			Set<String> kinds = new LinkedHashSet<>();
			Deque<String[]> next = new ArrayDeque<>();
			next.add(new String[] { "/", "0" });
			while (!next.isEmpty() && kinds.size() < PAGES_PER_PERSONA) {
				String[] link = next.poll();
				if (!kinds.add(kind(link[0]))) {
					continue;
				}
				browser.open(link[0]);
				String heading = browser.texts("h1").stream().findFirst().orElse("");
				// an error page says "Error 403" above its heading
				if (browser.texts("main > p.meta").stream().anyMatch((line) -> line.matches("Error \\d{3}"))) {
					browser.report(link[0] + " as " + persona + ": a link leads to an error page, " + heading);
					continue;
				}
				if (Integer.parseInt(link[1]) < 2) {
					for (Object href : (List<?>) ((JavascriptExecutor) browser.driver()).executeScript(LINKS)) {
						String path = String.valueOf(href).replaceAll("#.*", "");
						if (portalPage(path)) {
							next.add(new String[] { path, String.valueOf(Integer.parseInt(link[1]) + 1) });
						}
					}
				}
			}
			assertThat(kinds).as("pages toured").hasSizeGreaterThan(2);
		}
	}

	// One visit per kind of page: a path segment with a digit is an identifier.
	private static String kind(String path) {
		String noQuery = path.replaceAll("\\?.*", "");
		return noQuery.replaceAll("/[^/]*[0-9][^/]*", "/{id}");
	}

	private static boolean portalPage(String path) {
		return !path.isEmpty() && !path.startsWith("/camunda/") && !path.startsWith("/engine-rest")
				&& !path.startsWith("/api/") && !path.startsWith("/actuator") && !path.startsWith("/logout")
				&& !path.startsWith("/login") && !path.startsWith("/assets/") && !path.matches(
						".*(\\.(pdf|csv|json|txt|png)|/download|/files/.*|/attachments/.*|/export.*|/certificate.*\\.pdf)$");
	}

}
