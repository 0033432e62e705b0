package org.gavel.system;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.gavel.OwnDatabase;
import org.gavel.PortalClient;
import org.gavel.TestClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

/**
 * Every cell of the table "Who may read what" in docs/security.md, read from the document
 * itself, against the demo data (its own database, seeded as the embedded default is): a
 * "yes" is the page, a "no" a refusal (a sign-in for an anonymous visitor), an "own" the
 * page for the persona who owns the thing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "gavel.demo.seed=true")
@AutoConfigureObservability(tracing = false)
@ActiveProfiles("postgres")
@ContextConfiguration(initializers = ReadPolicyIT.Isolated.class)
@Import(TestClock.Config.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadPolicyIT {

	static final Path POLICY = Path.of("..", "docs", "security.md");

	/** The persona each column of the table is checked as. */
	static final Map<String, String> PERSONAS = Map.ofEntries(Map.entry("anonymous", ""),
			Map.entry("voter (olivia)", "olivia"), Map.entry("member's staff (mia)", "mia"),
			Map.entry("affiliate (tariq)", "tariq"), Map.entry("member without organisation (nora)", "nora"),
			Map.entry("working-group chair (wen)", "wen"), Map.entry("EC member (kofi)", "kofi"),
			Map.entry("secretariat (sara)", "sara"), Map.entry("scrutineer (scott)", "scott"),
			Map.entry("evaluator (eva)", "eva"), Map.entry("applicant (alex)", "alex"),
			Map.entry("grievance panel (gita)", "gita"), Map.entry("respondent's representative (ana)", "ana"));

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private final Map<String, PortalClient> signedIn = new LinkedHashMap<>();

	@BeforeAll
	void theDemoIsSeeded() throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
		while (Instant.now().isBefore(deadline)
				&& (id("select id from gavel.resolution where status = 'ADMITTED'") == null
						|| id("select id from gavel.approval where status = 'IN_REVIEW'") == null
						|| id("select id from gavel.proposal") == null)) {
			Thread.sleep(500);
		}
		assertThat(id("select id from gavel.resolution where status = 'ADMITTED'")).as("the demo assembly").isNotNull();
	}

	@Test
	void everyCellOfTheReadPolicyHolds() throws IOException {
		Map<String, Supplier<String>> pages = Map.ofEntries(
				Map.entry("ballots: list, page, result",
						() -> "/ballots/" + id("select id from gavel.ballot where published_at is not null")),
				Map.entry("the ballot desk: create a ballot (`/ballots/new`)", () -> "/ballots/new"),
				Map.entry("a General Assembly and its resolutions in the booklet",
						() -> "/assemblies/" + id("select id from gavel.assembly")),
				Map.entry("somebody else's resolution before the booklet",
						() -> "/resolutions/"
								+ id("select id from gavel.resolution where title = 'Implementation guidance'")),
				Map.entry("an EC item under review and its record",
						() -> "/approvals/" + id("select id from gavel.approval where status = 'IN_REVIEW'")),
				Map.entry("terms of reference under review",
						() -> "/terms/" + id("select id from gavel.terms_of_reference")),
				Map.entry("the register of adopted resolutions", () -> "/register"),
				Map.entry("electoral rolls", () -> "/membership/rolls"),
				Map.entry("sign-in locks", () -> "/membership/sign-in-locks"),
				Map.entry("meetings and their attendance registers (`/meetings`)", () -> "/meetings"),
				Map.entry("personal API tokens: issue and revoke (`/membership/api-tokens`)",
						() -> "/membership/api-tokens"),
				Map.entry("my membership (`/me`)", () -> "/me"),
				Map.entry("a receipt check",
						() -> "/ballots/" + id("select id from gavel.ballot where published_at is not null")
								+ "/receipt"),
				Map.entry("grievances: filing and following a case by its token", () -> "/grievances/new"),
				Map.entry("the public register of grievances", () -> "/grievances/register"),
				Map.entry("the grievance case desk and case files", () -> "/grievances/desk"),
				Map.entry("the complaints panel's workspace", () -> "/grievances/panel"),
				Map.entry("grievances about my organisation (the respondent's reply page)",
						() -> "/grievances/respond"),
				Map.entry("a grievance's case file on the desk, with its investigation and internal notes",
						() -> "/grievances/desk/" + panelCase()),
				Map.entry("a grievance's case file on its panel's workspace, with its investigation and internal notes",
						() -> "/grievances/panel/" + panelCase()),
				Map.entry(
						"a grievance put to the respondent, with its interim measures and the questions to the respondent",
						() -> "/grievances/respond/" + panelCase()),
				Map.entry("calls for proposals: the list and a published call",
						() -> "/calls/" + text("select reference from gavel.rfp where status = 'PUBLISHED'")),
				Map.entry("a request for proposals (its chair and the secretariat run it, an EC seat reads it)",
						() -> "/rfps/" + text("select reference from gavel.rfp")),
				Map.entry("my proposals", () -> "/proposals"),
				Map.entry("the evaluator's desk (declarations of interest, assigned proposals)", () -> "/evaluate"),
				Map.entry("matched funding: grants open for pledges", () -> "/funding"),
				Map.entry("projects: the list of funded projects (each read by its grantee and the secretariat)",
						() -> "/projects"),
				Map.entry("an applicant's draft proposal",
						() -> "/proposals/" + text("select reference from gavel.proposal where status = 'DRAFT'")),
				Map.entry(
						"evidence the secretariat shared with the respondent (a redacted copy instead of its original)",
						() -> "/grievances/respond/" + panelCase() + "/evidence/"
								+ id("select attachment_id from gavel.grievance_evidence_sharing")));
		List<List<String>> table = table();
		List<String> columns = table.get(0);
		assertThat(columns.subList(1, columns.size())).containsExactlyInAnyOrderElementsOf(PERSONAS.keySet());
		assertThat(table.subList(1, table.size())).extracting((row) -> row.get(0))
			.containsExactlyInAnyOrderElementsOf(pages.keySet());
		assertSoftly((softly) -> {
			for (List<String> row : table.subList(1, table.size())) {
				String path = pages.get(row.get(0)).get();
				for (int column = 1; column < row.size(); column++) {
					String persona = PERSONAS.get(columns.get(column));
					String cell = row.get(column);
					HttpResponse<String> response = client(persona).get(path, "text/html");
					String what = row.get(0) + " as " + columns.get(column) + " (" + path + "): " + cell;
					if (cell.equals("no")) {
						softly.assertThat(response.statusCode()).as(what).isEqualTo(persona.isEmpty() ? 302 : 403);
					}
					else if (cell.equals("hidden")) {
						softly.assertThat(response.statusCode()).as(what).isEqualTo(404);
					}
					else {
						softly.assertThat(response.statusCode()).as(what).isEqualTo(200);
					}
				}
			}
		});
	}

	@Test
	void anAssemblyListsOnlyTheResolutionsItsViewerMayRead() {
		String assembly = "/assemblies/" + id("select id from gavel.assembly");

		assertThat(client("mia").get(assembly, "text/html").body()).doesNotContain("Implementation guidance",
				"Restructure smallholder membership", "Disclosure requirements");
		assertThat(client("kenji").get(assembly, "text/html").body()).contains("Implementation guidance")
			.doesNotContain("Shared Responsibility framework");
		assertThat(client("sara").get(assembly, "text/html").body()).contains("Implementation guidance",
				"Shared Responsibility framework", "Restructure smallholder membership");
		assertThat(client("kenji")
			.get("/resolutions/" + id("select id from gavel.resolution where title = 'Implementation guidance'"),
					"text/html")
			.statusCode()).as("its proposer").isEqualTo(200);
		assertThat(client("budi")
			.get("/resolutions/" + id("select id from gavel.resolution where title = 'Implementation guidance'"),
					"text/html")
			.statusCode()).as("invited to co-sponsor it").isEqualTo(200);
	}

	@Test
	void aRefusalToReadSaysWhy() {
		HttpResponse<String> draft = client("mia").get(
				"/resolutions/" + id("select id from gavel.resolution where title = 'Implementation guidance'"),
				"text/html");

		assertThat(draft.statusCode()).isEqualTo(403);
		assertThat(draft.body())
			.contains("only its proposer, the members invited to co-sponsor it and the secretariat");
	}

	/** The table under "Who may read what", each row its cells. */
	private static List<List<String>> table() throws IOException {
		List<String> lines = Files.readAllLines(POLICY);
		int heading = lines.indexOf("## Who may read what");
		assertThat(heading).as("the heading in " + POLICY).isNotNegative();
		List<List<String>> rows = new ArrayList<>();
		for (String line : lines.subList(heading, lines.size())) {
			if (line.startsWith("|") && !line.startsWith("|---")) {
				rows.add(Arrays.stream(line.substring(1, line.length() - 1).split("\\|")).map(String::strip).toList());
			}
			else if (!rows.isEmpty() && !line.startsWith("|")) {
				break;
			}
		}
		List<String> header = rows.get(0);
		assertThat(header.get(0)).isEqualTo("page");
		return rows;
	}

	private PortalClient client(String persona) {
		if (persona.isEmpty()) {
			return new PortalClient(this.port);
		}
		return this.signedIn.computeIfAbsent(persona, (username) -> PortalClient.signedIn(this.port, username));
	}

	/** The demo's grievance with its complaints panel. */
	private String panelCase() {
		return this.jdbc.sql("select case_year, case_sequence from gavel.grievance where stage = 'PANEL'")
			.query((rs, row) -> String.format("GR-%d-%04d", rs.getInt(1), rs.getInt(2)))
			.list()
			.stream()
			.findFirst()
			.orElseThrow();
	}

	private UUID id(String sql) {
		return this.jdbc.sql(sql).query(UUID.class).list().stream().findFirst().orElse(null);
	}

	private String text(String sql) {
		return this.jdbc.sql(sql).query(String.class).list().stream().findFirst().orElse(null);
	}

	/** Its own database, for the demo data. */
	static class Isolated extends OwnDatabase {

		Isolated() {
			super("gavel_read_policy", 0);
		}

	}

}
