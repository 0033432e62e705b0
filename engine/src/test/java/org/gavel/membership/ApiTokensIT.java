package org.gavel.membership;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gavel.GavelIntegrationTest;
import org.gavel.PortalClient;
import org.gavel.TestClock;
import org.gavel.membership.model.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Personal API tokens, issued and revoked by the secretariat in the portal and used by a
 * script with no session and no CSRF token: hashed at rest, shown once, acting in one
 * role of their owner, opening {@code /api} only, and never reaching a log.
 */
@GavelIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ApiTokensIT {

	private static final Pattern TOKEN = Pattern.compile("gvl_[A-Za-z0-9_-]{43}");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApiTokens tokens;

	@Autowired
	TestClock clock;

	@AfterEach
	void resetTheClock() {
		this.clock.reset();
	}

	@Test
	void theSecretariatIssuesATokenSeenOnceAndKeptAsADigest(CapturedOutput output) throws Exception {
		PortalClient sara = PortalClient.signedIn(this.port, "sara");
		sara.get("/membership/api-tokens", "text/html");

		HttpResponse<String> issued = sara.postForm("/membership/api-tokens",
				Map.of("owner", "scott", "role", "SCRUTINEER", "label", "Audit export script", "validDays", "30"));
		assertThat(issued.statusCode()).isEqualTo(302);
		String page = sara.follow(issued).body();
		Matcher shown = TOKEN.matcher(page);
		assertThat(shown.find()).as("the token is shown once, after issuing").isTrue();
		String token = shown.group();

		assertThat(sara.get("/membership/api-tokens", "text/html").body()).as("and never again")
			.doesNotContain(token)
			.contains("Audit export script")
			.contains(token.substring(0, 8) + "…");
		Map<String, Object> kept = this.jdbc.sql("select * from gavel.api_token where label = 'Audit export script'")
			.query()
			.singleRow();
		assertThat(kept.values()).noneMatch((value) -> String.valueOf(value).contains(token.substring(4)));
		assertThat(kept.get("digest")).isEqualTo(HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8))));

		HttpResponse<String> me = new PortalClient(this.port).getWithToken("/api/me", token);
		assertThat(me.statusCode()).isEqualTo(200);
		assertThat(me.body()).contains("\"username\":\"scott\"");
		assertThat(me.headers().allValues("Set-Cookie")).as("no session is made").isEmpty();
		assertThat(output.getAll()).contains("IDENTITY-017 API token issued").doesNotContain(token.substring(4));
	}

	@Test
	void aTokenActsWithoutCsrfInItsOneRoleOnly() {
		String secretariat = this.tokens
			.issue(new ApiTokens.IssueToken("sara", Role.SECRETARIAT, "roll script", 1, "sara"))
			.orElseThrow()
			.secret();
		String member = this.tokens.issue(new ApiTokens.IssueToken("olivia", Role.MEMBER, "reader", 1, "sara"))
			.orElseThrow()
			.secret();
		PortalClient script = new PortalClient(this.port);

		HttpResponse<String> roll = script.postJsonWithToken("/api/electoral-rolls",
				"{\"electorate\":\"EXECUTIVE_COMMITTEE\"}", secretariat);
		HttpResponse<String> notHers = script.postJsonWithToken("/api/electoral-rolls",
				"{\"electorate\":\"EXECUTIVE_COMMITTEE\"}", member);

		assertThat(roll.statusCode()).as(roll.body()).isEqualTo(201);
		assertThat(roll.body()).contains("\"takenBy\":\"sara\"");
		assertThat(notHers.statusCode()).isEqualTo(403);
		assertThat(PortalClient.detail(notHers)).contains("it is for the secretariat");
		assertThat(script.getWithToken("/api/ballots", member).statusCode()).isEqualTo(200);
	}

	@Test
	void aTokenOpensTheApiOnlyAndStopsWhenRevoked(CapturedOutput output) {
		PortalClient sara = PortalClient.signedIn(this.port, "sara");
		sara.get("/membership/api-tokens", "text/html");
		String token = this.tokens.issue(new ApiTokens.IssueToken("scott", Role.SCRUTINEER, "to revoke", 7, "sara"))
			.orElseThrow()
			.secret();
		PortalClient script = new PortalClient(this.port);
		assertThat(script.getWithToken("/api/me", token).statusCode()).isEqualTo(200);

		for (String elsewhere : List.of("/me", "/ballots", "/engine-rest/task")) {
			HttpResponse<String> refused = script.getWithToken(elsewhere, token);
			assertThat(refused.statusCode()).as(elsewhere).isEqualTo(401);
			assertThat(PortalClient.detail(refused)).contains("opens Gavel's JSON API (/api/…) only");
		}
		String id = this.jdbc.sql("select id from gavel.api_token where label = 'to revoke'")
			.query(String.class)
			.single();
		HttpResponse<String> revoked = sara.postForm("/membership/api-tokens/" + id + "/revoke", Map.of());
		assertThat(sara.follow(revoked).body()).contains("Revoked: to revoke (scott)");

		HttpResponse<String> after = script.getWithToken("/api/me", token);
		assertThat(after.statusCode()).isEqualTo(401);
		assertThat(after.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(PortalClient.detail(after)).contains("The API token was refused");
		assertThat(output.getAll()).contains("IDENTITY-018 API token revoked id=" + id)
			.contains("IDENTITY-019 API token refused for GET /api/me: token " + id + " is revoked")
			.doesNotContain(token.substring(4));
		HttpResponse<String> unknown = script.getWithToken("/api/me", "gvl_" + "x".repeat(43));
		assertThat(unknown.statusCode()).isEqualTo(401);
		assertThat(output.getAll()).contains("no such token").doesNotContain("x".repeat(43));
	}

	@Test
	void aTokenStopsWhenItExpires(CapturedOutput output) {
		ApiTokens.Issued issued = this.tokens
			.issue(new ApiTokens.IssueToken("scott", Role.SCRUTINEER, "one day", 1, "sara"))
			.orElseThrow();
		PortalClient script = new PortalClient(this.port);
		this.clock.advance(Duration.ofHours(23));
		assertThat(script.getWithToken("/api/me", issued.secret()).statusCode()).isEqualTo(200);

		this.clock.advance(Duration.ofHours(2));

		assertThat(script.getWithToken("/api/me", issued.secret()).statusCode()).isEqualTo(401);
		assertThat(output.getAll()).contains("token " + issued.token().id() + " is expired");
	}

	@Test
	void aTokenForARoleItsOwnerLacksIsRefusedByItsFieldAndNothingIsStored() {
		PortalClient sara = PortalClient.signedIn(this.port, "sara");
		sara.get("/membership/api-tokens", "text/html");
		long before = this.jdbc.sql("select count(*) from gavel.api_token").query(Long.class).single();

		HttpResponse<String> refused = sara.postForm("/membership/api-tokens",
				Map.of("owner", "alex", "role", "SECRETARIAT", "label", "escalation", "validDays", "90"));
		HttpResponse<String> tooLong = sara.postForm("/membership/api-tokens",
				Map.of("owner", "scott", "role", "SCRUTINEER", "label", "long", "validDays", "400"));
		HttpResponse<String> nobody = sara.postForm("/membership/api-tokens",
				Map.of("owner", "nobody", "role", "MEMBER", "label", "ghost", "validDays", "9"));

		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("alex does not hold the role secretariat").contains("No token was issued");
		assertThat(tooLong.body()).contains("must be from 1 to 366 days");
		assertThat(nobody.body()).contains("&#39;nobody&#39; is not an enabled person of the directory");
		assertThat(this.jdbc.sql("select count(*) from gavel.api_token").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void onlyTheSecretariatIssuesTokensAndNeverByAForgedForm() throws Exception {
		PortalClient mia = PortalClient.signedIn(this.port, "mia");
		assertThat(mia.get("/membership/api-tokens", "text/html").statusCode()).isEqualTo(403);
		assertThat(mia
			.postForm("/membership/api-tokens",
					Map.of("owner", "mia", "role", "MEMBER", "label", "self", "validDays", "9"))
			.statusCode()).isEqualTo(403);
		String session = PortalClient.signedIn(this.port, "sara").sessionAndCsrf()[0];
		HttpResponse<String> forged = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/membership/api-tokens"))
				.header("Cookie", session)
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("owner=sara&role=SECRETARIAT&label=forged&validDays=9"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(forged.statusCode()).as("a form without the CSRF token").isEqualTo(403);
		assertThat(
				this.jdbc.sql("select count(*) from gavel.api_token where label = 'forged'").query(Long.class).single())
			.isZero();
	}

}
